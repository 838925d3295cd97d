-- Version 15: reporting categories and stage history (issue 11).
--
-- A case records the categories a return needs (resources/reporting_categories.json lists the
-- codes and their labels): the subject's gender and the type of concern, both optional (a
-- missing value is counted as "not recorded", never guessed), and the outcome when it closes,
-- from a fixed list the program requires on closing. Codes are checked by the program, which
-- reads the lists; the outcome's list is fixed here too, since the "stage reached" of a return
-- depends on it.
ALTER TABLE cases ADD COLUMN gender TEXT CHECK (gender IS NULL OR length(gender) BETWEEN 1 AND 64);
ALTER TABLE cases ADD COLUMN concern_type TEXT
    CHECK (concern_type IS NULL OR length(concern_type) BETWEEN 1 AND 64);
ALTER TABLE cases ADD COLUMN closing_outcome TEXT CHECK (closing_outcome IS NULL OR closing_outcome IN (
    'no-further-action', 'signposted', 'support-completed', 'further-concern', 'consent-withdrawn'));

-- Every stage a case has entered and when, so that the time spent in each stage can be
-- counted. Written by the triggers below, never by the program: whatever path changes a
-- case's status (the window, the command, an import) leaves its row.
--   basis 'opened'     the case was first recorded at this status (its first row);
--   basis 'changed'    the status changed to this one at entered_at;
--   basis 'backfilled' the case existed before version 15: see the back-fill below.
-- closing_outcome is the outcome recorded with a change to 'closed' (so a case closed, reopened
-- and closed again keeps both outcomes).
CREATE TABLE case_status_history (
    id              INTEGER PRIMARY KEY,
    case_id         TEXT NOT NULL,
    status          TEXT NOT NULL,
    entered_at      TEXT NOT NULL,
    basis           TEXT NOT NULL CHECK (basis IN ('opened', 'changed', 'backfilled')),
    closing_outcome TEXT
);
CREATE INDEX case_status_history_case ON case_status_history(case_id, id);
CREATE INDEX case_status_history_status ON case_status_history(status, entered_at);

CREATE TRIGGER case_status_history_opened AFTER INSERT ON cases
BEGIN
    INSERT INTO case_status_history (case_id, status, entered_at, basis, closing_outcome)
    VALUES (NEW.id, NEW.status, NEW.created_at, 'opened',
            CASE WHEN NEW.status = 'closed' THEN NEW.closing_outcome END);
END;

CREATE TRIGGER case_status_history_changed AFTER UPDATE OF status ON cases
WHEN NEW.status IS NOT OLD.status
BEGIN
    INSERT INTO case_status_history (case_id, status, entered_at, basis, closing_outcome)
    VALUES (NEW.id, NEW.status, NEW.updated_at, 'changed',
            CASE WHEN NEW.status = 'closed' THEN NEW.closing_outcome END);
END;

-- A case destroyed under retention takes its history with it (no foreign key, so the
-- destruction's own order of deletes is not constrained by this table).
CREATE TRIGGER case_status_history_erased AFTER DELETE ON cases
BEGIN
    DELETE FROM case_status_history WHERE case_id = OLD.id;
END;

-- The back-fill. Before version 15 nothing recorded when a case changed stage, so nothing is
-- invented: each existing case gets one row, its current status, dated by its last change
-- (updated_at: the latest moment it can have entered that status), basis 'backfilled'. A
-- report counts such a case at the stage it has reached, but leaves its stays out of the time
-- spent in each stage (their start is not known), and says how many cases it left out.
INSERT INTO case_status_history (case_id, status, entered_at, basis, closing_outcome)
SELECT id, status, updated_at, 'backfilled', NULL FROM cases ORDER BY rowid;
