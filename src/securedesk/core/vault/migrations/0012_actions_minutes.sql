-- Version 12: actions and minutes history (issue 11).
--
-- An action is dated in the chronology by when it was agreed, not by when its row was
-- written: agreed_on is the day (YYYY-MM-DD). Actions already held take the date of the
-- meeting that agreed them, or else the day their row was written. An action that arrives in
-- a bundle from a terminal without this column has none: readers fall back to created_at.
ALTER TABLE actions ADD COLUMN agreed_on TEXT;
UPDATE actions SET agreed_on = coalesce(
    (SELECT min(m.meeting_date) FROM meeting_actions x JOIN meetings m ON m.id = x.meeting_id
      WHERE x.action_id = actions.id),
    substr(created_at, 1, 10));
-- An update may also move the due date or hand the action to another owner: the update row
-- keeps what it set (NULL where it left the value as it was), so the history is complete.
ALTER TABLE action_updates ADD COLUMN due_date TEXT;
ALTER TABLE action_updates ADD COLUMN owner TEXT;
-- Lists across cases filter on status and due date (overdue: open or in progress, due before
-- today).
CREATE INDEX actions_status_due ON actions(status, due_date);

-- Every amendment of a meeting's minutes keeps the text it replaced: the previous version of
-- each field, who had recorded it and when, and who replaced it and when. Rows are never
-- changed or removed (only a retention decision destroys a case's records).
CREATE TABLE meeting_minutes_history (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meetings(id),
    case_id     TEXT NOT NULL REFERENCES cases(id),
    discussion  TEXT NOT NULL,
    decision    TEXT NOT NULL,
    rationale   TEXT NOT NULL,
    dissent     TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    replaced_by TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    fields      TEXT NOT NULL  -- the fields the amendment changed, comma-separated
) WITHOUT ROWID;
CREATE INDEX meeting_minutes_history_case
    ON meeting_minutes_history(meeting_id, case_id, replaced_at);
CREATE TRIGGER meeting_minutes_history_append_only BEFORE UPDATE ON meeting_minutes_history
BEGIN
    SELECT RAISE(ABORT, 'minutes history is append-only');
END;
CREATE TRIGGER meeting_minutes_history_no_delete BEFORE DELETE ON meeting_minutes_history
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'minutes history is deleted only by a retention decision');
END;
