-- Version 6: transfer bundles. This terminal's keys, the trust store of partner terminals,
-- the bundles sent and received, and where every imported record came from.
-- New tables only: no existing row changes, so an upgrade needs no data step. A vault made
-- before this version gets its keys the first time they are needed.

-- This terminal's identity: one row. The age identity and the minisign secret key never
-- leave the encrypted database except through an audited `keys export-identity`.
CREATE TABLE terminal_identity (
    singleton         INTEGER PRIMARY KEY CHECK (singleton = 1),
    name              TEXT NOT NULL,
    organisation      TEXT NOT NULL,
    age_identity      TEXT NOT NULL,
    age_recipient     TEXT NOT NULL,
    minisign_secret   BLOB NOT NULL,
    minisign_public   TEXT NOT NULL,
    fingerprint       TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    -- Each bundle this terminal makes takes the next number; receivers use it to spot replays.
    last_sequence     INTEGER NOT NULL DEFAULT 0
);

-- Partner terminals whose contact cards an administrator checked out of band.
CREATE TABLE trusted_terminals (
    fingerprint     TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    organisation    TEXT NOT NULL,
    ceiling         TEXT NOT NULL CHECK (ceiling IN ('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET')),
    age_recipient   TEXT NOT NULL UNIQUE,
    minisign_public TEXT NOT NULL UNIQUE,
    minisign_key_id TEXT NOT NULL UNIQUE,
    card            TEXT NOT NULL,
    added_by        TEXT NOT NULL,
    added_at        TEXT NOT NULL,
    expires_on      TEXT NOT NULL,
    revoked_at      TEXT,
    revoked_by      TEXT
) WITHOUT ROWID;

-- Bundles this terminal made (kind 'records' or 'receipt'), and the receipt that came back.
CREATE TABLE outgoing_bundles (
    bundle_id       TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('records', 'receipt')),
    sequence        INTEGER NOT NULL UNIQUE,
    recipients      TEXT NOT NULL,          -- JSON list of fingerprints
    highest_marking TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    envelope_sha256 TEXT NOT NULL,
    counts          TEXT NOT NULL DEFAULT '{}',
    case_ids        TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;

CREATE TABLE bundle_receipts (
    bundle_id        TEXT NOT NULL REFERENCES outgoing_bundles(bundle_id),
    from_fingerprint TEXT NOT NULL,
    receipt_bundle   TEXT NOT NULL UNIQUE,
    outcome          TEXT NOT NULL,
    received_at      TEXT NOT NULL,
    details          TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (bundle_id, from_fingerprint)
) WITHOUT ROWID;

-- Bundles imported here. A bundle id is imported at most once.
CREATE TABLE incoming_bundles (
    bundle_id          TEXT PRIMARY KEY,
    kind               TEXT NOT NULL CHECK (kind IN ('records', 'receipt')),
    sender_fingerprint TEXT NOT NULL,
    sequence           INTEGER NOT NULL,
    created_at         TEXT NOT NULL,
    imported_at        TEXT NOT NULL,
    imported_by        TEXT NOT NULL,
    envelope_sha256    TEXT NOT NULL,
    accepted_older     INTEGER NOT NULL DEFAULT 0 CHECK (accepted_older IN (0, 1)),
    counts             TEXT NOT NULL DEFAULT '{}',
    receipt_issued_at  TEXT
) WITHOUT ROWID;
CREATE INDEX incoming_bundles_sender ON incoming_bundles(sender_fingerprint, sequence);

-- Where each imported record came from: the latest bundle that created or updated it, and
-- the SHA-256 of the record as imported, so a later import can tell a local edit (the
-- record no longer hashes to what was imported) from an untouched copy.
CREATE TABLE record_provenance (
    record_type        TEXT NOT NULL,
    record_id          TEXT NOT NULL,
    bundle_id          TEXT NOT NULL REFERENCES incoming_bundles(bundle_id),
    sender_fingerprint TEXT NOT NULL,
    received_at        TEXT NOT NULL,
    content_sha256     TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id)
) WITHOUT ROWID;

-- Incoming versions that were not applied because the local record had been edited. Kept
-- whole (inside the encrypted vault) so nothing sent is lost; an officer resolves them.
CREATE TABLE import_conflicts (
    id           TEXT PRIMARY KEY,
    bundle_id    TEXT NOT NULL REFERENCES incoming_bundles(bundle_id),
    record_type  TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    incoming     TEXT NOT NULL,
    detected_at  TEXT NOT NULL,
    resolved_at  TEXT,
    resolved_by  TEXT
) WITHOUT ROWID;
CREATE INDEX import_conflicts_record ON import_conflicts(record_type, record_id);
