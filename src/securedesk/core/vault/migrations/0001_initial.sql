-- Version 1: the vault's records, users and roles, and the audit chain.
-- Dates are ISO 8601 text (YYYY-MM-DD); times are UTC ISO 8601 with microseconds.
-- Markings are stored as their names; marking_rank orders them for sorting.

CREATE TABLE vault_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE policy (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    name                   TEXT PRIMARY KEY,
    display_name           TEXT NOT NULL,
    clearance              TEXT NOT NULL CHECK (clearance IN ('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET')),
    disabled               INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    must_change_passphrase INTEGER NOT NULL DEFAULT 0 CHECK (must_change_passphrase IN (0, 1)),
    created_at             TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE user_roles (
    user TEXT NOT NULL REFERENCES users(name),
    role TEXT NOT NULL CHECK (role IN ('officer', 'chair', 'transfer', 'admin', 'auditor')),
    PRIMARY KEY (user, role)
) WITHOUT ROWID;

CREATE TABLE people (
    id            TEXT NOT NULL UNIQUE,
    given_name    TEXT NOT NULL,
    family_name   TEXT NOT NULL,
    date_of_birth TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE person_aliases (
    person_id TEXT NOT NULL REFERENCES people(id),
    alias     TEXT NOT NULL
);
CREATE INDEX person_aliases_person ON person_aliases(person_id);

CREATE TABLE person_identifiers (
    person_id TEXT NOT NULL REFERENCES people(id),
    kind      TEXT NOT NULL,
    value     TEXT NOT NULL
);
CREATE INDEX person_identifiers_person ON person_identifiers(person_id);

CREATE TABLE person_addresses (
    person_id TEXT NOT NULL REFERENCES people(id),
    position  INTEGER NOT NULL,
    address   TEXT NOT NULL
);
CREATE INDEX person_addresses_person ON person_addresses(person_id);

CREATE TABLE person_links (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES people(id),
    other_id     TEXT NOT NULL REFERENCES people(id),
    relationship TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX person_links_person ON person_links(person_id);

CREATE TABLE cases (
    id               TEXT NOT NULL UNIQUE,
    ref              TEXT NOT NULL UNIQUE,
    referral_source  TEXT NOT NULL,
    referral_date    TEXT NOT NULL,
    owner            TEXT NOT NULL,
    marking          TEXT NOT NULL CHECK (marking IN ('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET')),
    marking_rank     INTEGER GENERATED ALWAYS AS
                       (CASE marking WHEN 'OFFICIAL' THEN 1 WHEN 'OFFICIAL-SENSITIVE' THEN 2 ELSE 3 END) VIRTUAL,
    status           TEXT NOT NULL,
    closing_reason   TEXT,
    consent          TEXT NOT NULL,
    consent_note     TEXT NOT NULL DEFAULT '',
    next_review      TEXT,
    retention_review TEXT,
    is_child         INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (status <> 'closed' OR length(coalesce(closing_reason, '')) > 0)
);
CREATE INDEX cases_owner ON cases(owner, ref);
CREATE INDEX cases_status ON cases(status, ref);
CREATE INDEX cases_next_review ON cases(next_review, ref);
CREATE INDEX cases_updated ON cases(updated_at, ref);
CREATE INDEX cases_marking ON cases(marking_rank, ref);
CREATE INDEX cases_child ON cases(is_child, ref);

CREATE TABLE case_subjects (
    case_id   TEXT NOT NULL REFERENCES cases(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (case_id, person_id)
) WITHOUT ROWID;
CREATE INDEX case_subjects_person ON case_subjects(person_id);

CREATE TABLE items (
    id                TEXT NOT NULL UNIQUE,
    case_id           TEXT NOT NULL REFERENCES cases(id),
    agency            TEXT NOT NULL,
    author            TEXT NOT NULL,
    item_date         TEXT NOT NULL,
    text              TEXT NOT NULL,
    source_grade      TEXT NOT NULL CHECK (source_grade IN ('A', 'B', 'C', 'D', 'E')),
    information_grade TEXT NOT NULL CHECK (information_grade IN ('1', '2', '3', '4', '5')),
    marking           TEXT NOT NULL CHECK (marking IN ('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET')),
    caveats           TEXT NOT NULL DEFAULT '[]',
    supersedes        TEXT REFERENCES items(id),
    recorded_by       TEXT NOT NULL,
    recorded_at       TEXT NOT NULL
);
CREATE INDEX items_case ON items(case_id, item_date);
CREATE INDEX items_supersedes ON items(supersedes) WHERE supersedes IS NOT NULL;

-- Destruction under a retention decision is the one way records of a case leave the vault;
-- it marks the case here first, inside the same transaction.
CREATE TABLE erasure_in_progress (
    case_id TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Information items are append-only: a correction is a new item that supersedes the old.
CREATE TRIGGER items_append_only BEFORE UPDATE ON items
BEGIN
    SELECT RAISE(ABORT, 'information items are append-only');
END;
CREATE TRIGGER items_no_delete BEFORE DELETE ON items
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'information items are deleted only by a retention decision');
END;

CREATE TABLE chronology_entries (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    event_date  TEXT NOT NULL,
    summary     TEXT NOT NULL,
    author      TEXT NOT NULL,
    recorded_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX chronology_case ON chronology_entries(case_id, event_date);

CREATE TABLE actions (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    description TEXT NOT NULL,
    agency      TEXT NOT NULL,
    owner       TEXT NOT NULL,
    due_date    TEXT,
    status      TEXT NOT NULL CHECK (status IN ('open', 'in progress', 'done', 'cancelled')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX actions_case ON actions(case_id, due_date);

CREATE TABLE action_updates (
    id        TEXT PRIMARY KEY,
    action_id TEXT NOT NULL REFERENCES actions(id),
    at        TEXT NOT NULL,
    author    TEXT NOT NULL,
    status    TEXT NOT NULL,
    note      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX action_updates_action ON action_updates(action_id, at);

CREATE TABLE assessments (
    id                TEXT PRIMARY KEY,
    case_id           TEXT NOT NULL REFERENCES cases(id),
    assessor          TEXT NOT NULL,
    assessed_on       TEXT NOT NULL,
    framework_id      TEXT NOT NULL,
    framework_version INTEGER NOT NULL,
    summary           TEXT NOT NULL,
    recorded_at       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX assessments_case ON assessments(case_id, assessed_on);

CREATE TABLE assessment_scores (
    assessment_id TEXT NOT NULL REFERENCES assessments(id),
    factor_id     TEXT NOT NULL,
    score         INTEGER NOT NULL,
    evidence      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, factor_id)
) WITHOUT ROWID;

CREATE TABLE meetings (
    id                        TEXT PRIMARY KEY,
    title                     TEXT NOT NULL,
    meeting_date              TEXT NOT NULL,
    place                     TEXT NOT NULL DEFAULT '',
    chair                     TEXT NOT NULL,
    confidentiality_statement TEXT NOT NULL DEFAULT '',
    next_meeting              TEXT,
    created_at                TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX meetings_date ON meetings(meeting_date);

CREATE TABLE meeting_members (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    name       TEXT NOT NULL,
    agency     TEXT NOT NULL,
    clearance  TEXT NOT NULL CHECK (clearance IN ('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET')),
    attendance TEXT NOT NULL DEFAULT 'invited' CHECK (attendance IN ('invited', 'attended', 'apologies'))
) WITHOUT ROWID;
CREATE INDEX meeting_members_meeting ON meeting_members(meeting_id);

CREATE TABLE meeting_agenda (
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    case_id    TEXT NOT NULL REFERENCES cases(id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, case_id)
) WITHOUT ROWID;

CREATE TABLE meeting_minutes (
    meeting_id  TEXT NOT NULL REFERENCES meetings(id),
    case_id     TEXT NOT NULL REFERENCES cases(id),
    discussion  TEXT NOT NULL DEFAULT '',
    decision    TEXT NOT NULL DEFAULT '',
    rationale   TEXT NOT NULL DEFAULT '',
    dissent     TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, case_id)
) WITHOUT ROWID;

-- The audit chain: each event holds the SHA-256 of its predecessor. Events are never
-- changed or removed; verification recomputes every hash from the first event.
CREATE TABLE audit_events (
    seq           INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    user          TEXT NOT NULL,
    category      TEXT NOT NULL,
    action        TEXT NOT NULL,
    object_type   TEXT NOT NULL,
    object_id     TEXT NOT NULL,
    justification TEXT NOT NULL DEFAULT '',
    outcome       TEXT NOT NULL,
    details       TEXT NOT NULL DEFAULT '{}',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_object ON audit_events(object_type, object_id);
CREATE INDEX audit_user ON audit_events(user, seq);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events cannot be changed');
END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events cannot be deleted');
END;
