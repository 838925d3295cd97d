-- Version 5: panel meetings in use and the register of issued meeting-pack copies.
-- New tables and indexes only: no existing row changes, so an upgrade needs no data step.

-- The meetings that discussed a case, found from the case's side (the agenda's key starts
-- with the meeting).
CREATE INDEX meeting_agenda_case ON meeting_agenda(case_id, meeting_id);

-- What the panel is asked to decide on a case at a meeting (the executive summary's
-- "decision sought"). Kept apart from meeting_agenda, which is rewritten on every reorder.
CREATE TABLE meeting_decisions_sought (
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    case_id    TEXT NOT NULL REFERENCES cases(id),
    text       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, case_id)
) WITHOUT ROWID;

-- Actions a meeting agreed; each action itself lives in the case's support plan (actions).
CREATE TABLE meeting_actions (
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    case_id    TEXT NOT NULL REFERENCES cases(id),
    action_id  TEXT NOT NULL REFERENCES actions(id),
    agreed_at  TEXT NOT NULL,
    PRIMARY KEY (meeting_id, action_id)
) WITHOUT ROWID;

-- Every copy of a meeting pack ever issued. A copy number is never reused within a meeting;
-- the SHA-256 is of the exact bytes issued. Only the status may change afterwards.
CREATE TABLE issued_copies (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meetings(id),
    copy_number INTEGER NOT NULL CHECK (copy_number >= 1),
    member_id   TEXT NOT NULL REFERENCES meeting_members(id),
    variant     TEXT NOT NULL CHECK (variant IN ('full', 'summary')),
    marking     TEXT NOT NULL CHECK (marking IN ('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET')),
    pages       INTEGER NOT NULL CHECK (pages >= 1),
    size        INTEGER NOT NULL CHECK (size >= 1),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    saved       INTEGER NOT NULL CHECK (saved IN (0, 1)),
    issued_at   TEXT NOT NULL,
    issued_by   TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'issued'
                CHECK (status IN ('issued', 'returned', 'destroyed', 'lost')),
    status_at   TEXT NOT NULL,
    status_by   TEXT NOT NULL,
    status_note TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, copy_number)
) WITHOUT ROWID;
CREATE INDEX issued_copies_status ON issued_copies(status, meeting_id, copy_number);

CREATE TRIGGER issued_copies_fixed BEFORE UPDATE OF
    id, meeting_id, copy_number, member_id, variant, marking, pages, size, sha256, saved,
    issued_at, issued_by
ON issued_copies
BEGIN
    SELECT RAISE(ABORT, 'an issued copy''s register entry cannot be changed, only its status');
END;
CREATE TRIGGER issued_copies_no_delete BEFORE DELETE ON issued_copies
BEGIN
    SELECT RAISE(ABORT, 'issued copies stay in the register');
END;

-- The marking of a case's own record (reference, subjects, chronology entries, plan), kept
-- apart from the case's marking, which rises with the items it holds. A pack shows a case's
-- record to a member cleared for this marking and withholds only the items above them.
-- Cases recorded before this version take their current marking: the safe reading.
ALTER TABLE cases ADD COLUMN record_marking TEXT
    CHECK (record_marking IN ('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET'));
UPDATE cases SET record_marking = marking;
