-- Version 13: the case record's history (issue 11: case assignment, consent history, edits).
--
-- One append-only row for every change to a case's consent, owner, marking and review dates:
-- the field, the value before and after, the date the change is about (consent: when it was
-- given, refused or withdrawn), a note (consent: the officer's note; marking: the reason for
-- the change: case content, so it is kept here with the case and never in the audit log),
-- who recorded it and when. recorded_by is NULL where nobody here recorded it: the consent a
-- case held before this version, and a consent changed in a bundle.
CREATE TABLE case_record_history (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    field       TEXT NOT NULL
                CHECK (field IN ('consent', 'owner', 'marking', 'next_review', 'retention_review')),
    old_value   TEXT,
    new_value   TEXT,
    on_date     TEXT,
    note        TEXT NOT NULL DEFAULT '',
    recorded_by TEXT,
    recorded_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX case_record_history_case ON case_record_history(case_id, field, recorded_at);

-- The consent every case holds now is the first row of its consent history (its date and
-- who recorded it are not known).
INSERT INTO case_record_history (id, case_id, field, old_value, new_value, on_date, note,
                                 recorded_by, recorded_at)
SELECT lower(hex(randomblob(16))), id, 'consent', NULL, consent, NULL, consent_note, NULL,
       created_at
  FROM cases;

-- A case opened later has no row until its consent first changes: that row's old_value is
-- the consent it was opened with (readers show it as the first entry). No trigger on INSERT,
-- so opening or importing cases in bulk costs what it did.

-- A consent changed by any other path than `case consent` (a bundle's update of a case) is
-- kept too. `case consent` writes its own row first, at the time it stamps on the case, so
-- this one does not repeat it.
CREATE TRIGGER case_record_history_consent_changed AFTER UPDATE OF consent, consent_note ON cases
WHEN (NEW.consent IS NOT OLD.consent OR NEW.consent_note IS NOT OLD.consent_note)
 AND NOT EXISTS (SELECT 1 FROM case_record_history
                  WHERE case_id = NEW.id AND field = 'consent' AND recorded_at = NEW.updated_at)
BEGIN
    INSERT INTO case_record_history (id, case_id, field, old_value, new_value, on_date, note,
                                     recorded_by, recorded_at)
    VALUES (lower(hex(randomblob(16))), NEW.id, 'consent', OLD.consent, NEW.consent, NULL,
            NEW.consent_note, NULL, NEW.updated_at);
END;

CREATE TRIGGER case_record_history_append_only BEFORE UPDATE ON case_record_history
BEGIN
    SELECT RAISE(ABORT, 'case record history is append-only');
END;
CREATE TRIGGER case_record_history_no_delete BEFORE DELETE ON case_record_history
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'case record history is deleted only by a retention decision');
END;
