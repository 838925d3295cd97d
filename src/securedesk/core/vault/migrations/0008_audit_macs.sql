-- Version 8: forward-secure MACs on the audit chain (docs/audit-chain.md).
-- Events written before this version keep an empty MAC and verify by hash, as before; the
-- MAC chain starts with the first "audit key started" event, recorded at the first sign-in
-- (or role change) at which the vault has an auditor. No existing row changes.

-- HMAC-SHA256 (hex) of the event's hash under the key current when it was written.
ALTER TABLE audit_events ADD COLUMN mac TEXT NOT NULL DEFAULT '';

-- The current MAC key only: each event moves it on one way, and the old one is overwritten
-- (secure_delete is on), so reading the database never gives an earlier key.
CREATE TABLE audit_mac_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    epoch    INTEGER NOT NULL,
    next_seq INTEGER NOT NULL,
    key      BLOB NOT NULL
);

-- Each epoch's starting key, sealed to the X25519 public key of every auditor of the time.
CREATE TABLE audit_key_seals (
    epoch            INTEGER NOT NULL,
    user             TEXT NOT NULL,
    public_key       BLOB NOT NULL,
    ephemeral_public BLOB NOT NULL,
    nonce            BLOB NOT NULL,
    sealed           BLOB NOT NULL,
    PRIMARY KEY (epoch, user)
) WITHOUT ROWID;
