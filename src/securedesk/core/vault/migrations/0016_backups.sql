-- Version 16: backups (issue 12; docs/backup-format.md). The recovery recipients are the age
-- public keys every backup is encrypted to (the organisation's recovery key, kept in a safe
-- off the terminal, and any more an administrator adds); a removed recipient keeps its row,
-- marked, so the history says who could open the backups made while it was listed. Each
-- backup this terminal made is recorded with its id, time, size, digest and the audit head it
-- carries; `backup_status` reads the newest to say when the next is due. Restores recorded
-- here are those that made this vault from a backup (one row, written by the restore).
CREATE TABLE backup_recipients (
    public_key  TEXT PRIMARY KEY,
    label       TEXT NOT NULL DEFAULT '',
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL,
    removed_at  TEXT,
    removed_by  TEXT
) WITHOUT ROWID;

CREATE TABLE backup_history (
    backup_id     TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('created', 'restored-from')),
    at            TEXT NOT NULL,
    by_user       TEXT NOT NULL,
    bytes         INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    audit_seq     INTEGER NOT NULL,
    recipients    INTEGER NOT NULL,
    file_name     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE INDEX backup_history_by_time ON backup_history (kind, at);
