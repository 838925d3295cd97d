-- Version 17: retention and destruction (issue 12; core/retention/).
--
-- Each case's retention review date (cases.retention_review, a column since version 1) is
-- set when the case is closed: the policy's number of years (retention_years) after the day
-- it was closed, read from the closing's own time (updated_at, the session clock's). Closed
-- cases recorded before this version are back-filled from the audit event that closed them,
-- or from their last change when no such event exists (a case imported already closed).
-- Reopening a case clears the date. A review's decision to keep moves it to the kept date.

INSERT OR IGNORE INTO policy (key, value) VALUES ('retention_years', '6');

UPDATE cases SET retention_review = date(substr(coalesce(
        (SELECT max(e.at) FROM audit_events e
          WHERE e.object_type = 'case' AND e.object_id = cases.id
            AND e.action = 'status changed' AND json_valid(e.details)
            AND json_extract(e.details, '$.to') = 'closed'),
        updated_at), 1, 10),
    '+' || coalesce((SELECT CAST(value AS INTEGER) FROM policy WHERE key = 'retention_years'), 6)
        || ' years')
WHERE status = 'closed' AND retention_review IS NULL;

CREATE TRIGGER cases_retention_on_close AFTER UPDATE OF status ON cases
WHEN new.status = 'closed' AND old.status IS NOT 'closed'
BEGIN
    UPDATE cases SET retention_review = date(substr(new.updated_at, 1, 10),
        '+' || coalesce((SELECT CAST(value AS INTEGER) FROM policy WHERE key = 'retention_years'), 6)
            || ' years')
    WHERE id = new.id;
END;

CREATE TRIGGER cases_retention_on_reopen AFTER UPDATE OF status ON cases
WHEN old.status = 'closed' AND new.status IS NOT 'closed'
BEGIN
    UPDATE cases SET retention_review = NULL WHERE id = new.id;
END;

-- A case imported (or added) already closed, with no date of its own, gets one too.
CREATE TRIGGER cases_retention_on_insert AFTER INSERT ON cases
WHEN new.status = 'closed' AND new.retention_review IS NULL
BEGIN
    UPDATE cases SET retention_review = date(substr(new.updated_at, 1, 10),
        '+' || coalesce((SELECT CAST(value AS INTEGER) FROM policy WHERE key = 'retention_years'), 6)
            || ' years')
    WHERE id = new.id;
END;

-- The review queue: cases by review date.
CREATE INDEX cases_retention_review ON cases(retention_review, ref)
    WHERE retention_review IS NOT NULL;

-- Decisions to keep a case past its review: the case's own history, destroyed with it.
CREATE TABLE retention_keeps (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(id),
    until      TEXT NOT NULL,
    reason     TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX retention_keeps_case ON retention_keeps(case_id, decided_at);

-- A proposal to destroy a case, waiting for a second person (an auditor) to approve it.
-- One open proposal per case; it goes with the case when approved.
CREATE TABLE retention_proposals (
    case_id     TEXT PRIMARY KEY REFERENCES cases(id),
    reason      TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    proposed_at TEXT NOT NULL
) WITHOUT ROWID;

-- The destruction register: what was destroyed, when, why and by whom, with counts. It
-- holds no personal data: the reference and id, dates, the reason (checked at proposal not
-- to name the case's people), user names and counts. Entries are never changed or removed.
CREATE TABLE destruction_register (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL,
    ref            TEXT NOT NULL,
    referral_date  TEXT NOT NULL,
    closed_on      TEXT,
    review_date    TEXT,
    reason         TEXT NOT NULL,
    proposed_by    TEXT NOT NULL,
    proposed_at    TEXT NOT NULL,
    approved_by    TEXT NOT NULL,
    destroyed_at   TEXT NOT NULL,
    counts         TEXT NOT NULL DEFAULT '{}',
    CHECK (approved_by <> proposed_by)
) WITHOUT ROWID;
CREATE INDEX destruction_register_at ON destruction_register(destroyed_at);

CREATE TRIGGER destruction_register_no_update BEFORE UPDATE ON destruction_register
BEGIN
    SELECT RAISE(ABORT, 'the destruction register cannot be changed');
END;
CREATE TRIGGER destruction_register_no_delete BEFORE DELETE ON destruction_register
BEGIN
    SELECT RAISE(ABORT, 'the destruction register cannot be changed');
END;

-- The full-text indexes delete securely: a deleted row's terms are removed from the index's
-- segments at once, instead of a delete marker that leaves them in place until a merge
-- (SQLite 3.42's FTS5 secure-delete). With secure_delete on, the old segment bytes are
-- overwritten, so no term of a destroyed case stays in the vault's files.
INSERT INTO cases_fts(cases_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO people_fts(people_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO items_fts(items_fts, rank) VALUES ('secure-delete', 1);
