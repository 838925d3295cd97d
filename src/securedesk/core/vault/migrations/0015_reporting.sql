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
-- The furthest stage of the workflow a case has reached (0 referral ... 5 review; closing is
-- not a stage), kept by the stage history's trigger so a report reads it from an index.
ALTER TABLE cases ADD COLUMN stage_reached INTEGER NOT NULL DEFAULT 0
    CHECK (stage_reached BETWEEN 0 AND 5);
ALTER TABLE cases ADD COLUMN closing_outcome TEXT CHECK (closing_outcome IS NULL OR closing_outcome IN (
    'no-further-action', 'signposted', 'support-completed', 'further-concern', 'consent-withdrawn'));

-- Every stage a case has entered and when, so that the time spent in each stage can be
-- counted. Written by the triggers below, never by the program: whatever path changes a
-- case's status (the window, the command, an import) leaves its row.
--   basis 'opened'     the case was first recorded at this status (its first row);
--   basis 'changed'    the status changed to this one at entered_at;
--   basis 'backfilled' the case existed before version 15: see the back-fill below.
-- closing_outcome is the outcome recorded with a change to 'closed' (so a case closed, reopened
-- and closed again keeps both outcomes). entered_day is entered_at as a Julian day number and
-- left_day the moment the case left this status (the next row's entered_day; NULL while it is
-- there): kept as the rows are written, so a report over every stay of a large vault reads one
-- index and subtracts numbers, instead of pairing rows and reading dates. (NULL when
-- entered_at is not a date.)
CREATE TABLE case_status_history (
    id              INTEGER PRIMARY KEY,
    case_id         TEXT NOT NULL,
    status          TEXT NOT NULL,
    entered_at      TEXT NOT NULL,
    basis           TEXT NOT NULL CHECK (basis IN ('opened', 'changed', 'backfilled')),
    closing_outcome TEXT,
    entered_day     REAL,
    left_day        REAL
);
CREATE INDEX case_status_history_case ON case_status_history(case_id, id);
-- Covering indexes for reports: stages reached and outcomes (by status), stays (by the day
-- they ended).
CREATE INDEX case_status_history_status
    ON case_status_history(status, entered_day, closing_outcome, case_id);
CREATE INDEX case_status_history_left
    ON case_status_history(left_day, status, basis, entered_day, case_id);

CREATE TRIGGER case_status_history_days AFTER INSERT ON case_status_history
BEGIN
    UPDATE case_status_history SET entered_day = julianday(NEW.entered_at) WHERE id = NEW.id;
    UPDATE case_status_history SET left_day = julianday(NEW.entered_at)
    WHERE id = (SELECT max(id) FROM case_status_history WHERE case_id = NEW.case_id AND id < NEW.id);
    UPDATE cases SET stage_reached = (CASE NEW.status
            WHEN 'information gathering' THEN 1 WHEN 'assessment' THEN 2 WHEN 'panel' THEN 3
            WHEN 'support plan' THEN 4 WHEN 'review' THEN 5 ELSE 0 END)
    WHERE id = NEW.case_id AND stage_reached < (CASE NEW.status
            WHEN 'information gathering' THEN 1 WHEN 'assessment' THEN 2 WHEN 'panel' THEN 3
            WHEN 'support plan' THEN 4 WHEN 'review' THEN 5 ELSE 0 END);
END;

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

-- Reports count from indexes that hold every column they read, so a report over 100,000 cases
-- reads these compact indexes instead of the case rows scattered among items (a full read
-- of the table costs seconds on a large vault). They hold the stored `marking`, not the
-- generated marking_rank: an index on a virtual column does not spare the read of the row.
CREATE INDEX cases_report ON cases(referral_date, marking, status, referral_source, gender,
    concern_type, consent, closing_outcome, is_child, stage_reached, id);
CREATE INDEX cases_id_marking ON cases(id, marking);
CREATE INDEX people_date_of_birth ON people(id, date_of_birth);
CREATE INDEX actions_overdue ON actions(status, due_date, case_id);

-- The back-fill. Before version 15 nothing recorded when a case changed stage, so nothing is
-- invented: each existing case gets one row, its current status, dated by its last change
-- (updated_at: the latest moment it can have entered that status), basis 'backfilled'. A
-- report counts such a case at the stage it has reached, but leaves its stays out of the time
-- spent in each stage (their start is not known), and says how many cases it left out.
INSERT INTO case_status_history (case_id, status, entered_at, basis, closing_outcome)
SELECT id, status, updated_at, 'backfilled', NULL FROM cases ORDER BY rowid;
