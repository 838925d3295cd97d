-- Version 4: indexes for the case list and search at 100,000 cases.
-- Only indexes: no data changes, so an upgrade needs nothing but the time to build them.

-- Subjects' names in order for a row of the case list or a search hit, read from the index
-- instead of sorting each case's subjects in a temporary b-tree.
CREATE INDEX case_subjects_position ON case_subjects(case_id, position, person_id);

-- The window's default lists: open cases by reference, and an officer's own open cases.
-- Partial indexes, so a deep page of either is read from the index alone.
CREATE INDEX cases_open_ref ON cases(ref) WHERE status <> 'closed';
CREATE INDEX cases_open_owner ON cases(owner, ref) WHERE status <> 'closed';
CREATE INDEX cases_open_owner_review ON cases(owner, next_review, ref) WHERE status <> 'closed';
