-- Version 3: attachments, stored inside the vault (never as loose files on disk).

CREATE TABLE attachments (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(id),
    name       TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    data       BLOB NOT NULL,
    added_by   TEXT NOT NULL,
    added_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX attachments_case ON attachments(case_id, added_at);
