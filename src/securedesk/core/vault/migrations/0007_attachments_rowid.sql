-- Version 7: attachments move to an ordinary (rowid) table, with the bytes as the last column.
--
-- Version 3 made the table WITHOUT ROWID, which stores each whole row, bytes included, in the
-- table's own b-tree: finding one row by id made SQLite read, and SQLCipher decrypt, whole
-- attachments along the way, even to fetch a name or a size (measured: ~9 ms a row without
-- memory security, ~20 ms with it; 0.01 ms for the same lookup in a rowid table). In a rowid
-- table the bytes sit in overflow pages that are read only when the data column is asked for.
-- The bytes are copied once, in this migration's transaction.

CREATE TABLE attachments_v7 (
    id         TEXT NOT NULL UNIQUE,
    case_id    TEXT NOT NULL REFERENCES cases(id),
    name       TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    added_by   TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    data       BLOB NOT NULL
);

INSERT INTO attachments_v7 (id, case_id, name, media_type, size, sha256, added_by, added_at, data)
SELECT id, case_id, name, media_type, size, sha256, added_by, added_at, data FROM attachments;

DROP TABLE attachments;
ALTER TABLE attachments_v7 RENAME TO attachments;
CREATE INDEX attachments_case ON attachments(case_id, added_at);
-- Bundles address attachment bytes by SHA-256; an import looks them up by it.
CREATE INDEX attachments_sha256 ON attachments(sha256);
