-- Version 22: the window's open lists for a user cleared below SECRET, read from their index
-- alone (issue 15).
--
-- Below SECRET every list carries the clearance clause (marking_rank <= the user's). The open
-- lists' indexes of migrations 4 and 11 held no marking, so a page at offset N read the rows
-- of the N open cases before it to test the clause: a deep page of "open cases" took 25 ms at
-- 100,000 cases (p95) for a user cleared to OFFICIAL-SENSITIVE, 0.4 ms with the marking in
-- the index. The same indexes, rebuilt with the marking last: their order is unchanged (the
-- reference, unique, comes before it), so every list they served they still serve.
DROP INDEX cases_open_ref;
CREATE INDEX cases_open_ref ON cases(ref, marking_rank) WHERE status <> 'closed';
DROP INDEX cases_open_owner;
CREATE INDEX cases_open_owner ON cases(owner, ref, marking_rank) WHERE status <> 'closed';
DROP INDEX cases_open_owner_review;
CREATE INDEX cases_open_owner_review ON cases(owner, next_review, ref, marking_rank)
    WHERE status <> 'closed';
