-- Version 10: audit checkpoints that partner terminals carried in their receipts
-- (docs/audit-chain.md "Checkpoints in receipts"; docs/bundle-format.md "Receipts"). Each is
-- the head of the sending terminal's audit chain, signed with that terminal's key; it is kept
-- here, byte for byte with its signature, so that terminal can later check its own chain
-- against a copy held off it (`securedesk bundle partner-checkpoints`). Nothing existing
-- changes: receipts recorded before this version carried no checkpoint.
CREATE TABLE partner_checkpoints (
    receipt_bundle   TEXT PRIMARY KEY REFERENCES bundle_receipts(receipt_bundle),
    from_fingerprint TEXT NOT NULL,
    vault_id         TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    head_hash        TEXT NOT NULL,
    at               TEXT NOT NULL,
    checkpoint       BLOB NOT NULL,
    signature        BLOB NOT NULL,
    received_at      TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX partner_checkpoints_by_sender ON partner_checkpoints (from_fingerprint, seq);
