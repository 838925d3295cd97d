-- Version 11: an index for every list the window offers, so that no page is sorted in a
-- temporary b-tree. Only indexes: an upgrade needs nothing but the time to build them.
--
-- The list's query (CaseQuery.where with the sort key) reads the page from one index: the
-- first of owner, status and child that is filtered on leads, followed by the sort column and
-- the reference that breaks ties; the other filters are checked on the rows the index gives.
-- With no such filter, the sort column's own index of migration 1 serves.

-- "My cases" and "All cases" for one officer, by every column.
CREATE INDEX cases_owner_status ON cases(owner, status, ref);
CREATE INDEX cases_owner_review ON cases(owner, next_review, ref);
CREATE INDEX cases_owner_updated ON cases(owner, updated_at, ref);
CREATE INDEX cases_owner_marking ON cases(owner, marking_rank, ref);
CREATE INDEX cases_owner_child ON cases(owner, is_child, ref);

-- One status, by every column.
CREATE INDEX cases_status_owner ON cases(status, owner, ref);
CREATE INDEX cases_status_review ON cases(status, next_review, ref);
CREATE INDEX cases_status_updated ON cases(status, updated_at, ref);
CREATE INDEX cases_status_marking ON cases(status, marking_rank, ref);
CREATE INDEX cases_status_child ON cases(status, is_child, ref);

-- Children only, by every column (the children by marking view among them).
CREATE INDEX cases_child_status ON cases(is_child, status, ref);
CREATE INDEX cases_child_owner ON cases(is_child, owner, ref);
CREATE INDEX cases_child_review ON cases(is_child, next_review, ref);
CREATE INDEX cases_child_updated ON cases(is_child, updated_at, ref);
CREATE INDEX cases_child_marking ON cases(is_child, marking_rank, ref);
