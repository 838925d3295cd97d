-- Version 21: counts and lists that read their indexes, not case rows (issue 15).
--
-- The window counts its list on every change, and below SECRET every count and list carries
-- the clearance clause (marking_rank <= the user's), the open lists the clause
-- status <> 'closed'. No index held the marking or the status beyond its own columns, so:
-- - "open cases, cleared to OFFICIAL-SENSITIVE" was counted by reading and decrypting every
--   open case's row (31 ms at 20,000 cases; 0.8 ms from cases_open_marking), and the plain
--   open count scanned an index of every case, closed ones too (3.6 ms; 0.5);
-- - a list page at offset N read the rows of the N cases before it to test the clauses: at
--   100,000 cases a deep page of "all cases" for a user cleared to OFFICIAL-SENSITIVE took
--   55 ms (median; up to 630 ms), of "open cases" 25 ms (p95), the same on plain SQLite.
--
-- Counts now always carry the clearance clause (CaseQuery.count_where) and are served by the
-- open indexes by marking below. The list indexes of migrations 1, 4 and 11 are rebuilt with
-- the marking (and, where the index does not hold it already or is not an open index, the
-- status) after their columns; their order is unchanged (the reference, unique, comes before
-- them), so every list each served it still serves, and a list filtered only by its lead,
-- the open state and the clearance is read from the index alone. cases_ref_marking does the same for the lists by reference alone (the reference's own
-- unique index cannot be changed), and the open lists by next review and by last change get
-- open indexes of their own. CaseQuery.list_index names the index where SQLite, which has no
-- statistics here, would choose another. Only indexes: an upgrade needs nothing but the time
-- to build them (5 s at 100,000 cases).

-- Open cases by marking: the counts, and the open lists sorted by marking.
CREATE INDEX cases_open_marking ON cases(marking_rank, ref) WHERE status <> 'closed';
CREATE INDEX cases_open_child_marking ON cases(is_child, marking_rank, ref)
    WHERE status <> 'closed';
CREATE INDEX cases_open_owner_marking ON cases(owner, marking_rank, ref)
    WHERE status <> 'closed';

-- The open lists (migration 4), with the marking; and by next review and last change.
DROP INDEX cases_open_ref;
CREATE INDEX cases_open_ref ON cases(ref, marking_rank) WHERE status <> 'closed';
DROP INDEX cases_open_owner;
CREATE INDEX cases_open_owner ON cases(owner, ref, marking_rank) WHERE status <> 'closed';
DROP INDEX cases_open_owner_review;
CREATE INDEX cases_open_owner_review ON cases(owner, next_review, ref, marking_rank)
    WHERE status <> 'closed';
CREATE INDEX cases_open_review ON cases(next_review, ref, marking_rank)
    WHERE status <> 'closed';
CREATE INDEX cases_open_updated ON cases(updated_at, ref, marking_rank)
    WHERE status <> 'closed';

-- Every other list index (migrations 1 and 11), with the marking and the status.
DROP INDEX cases_owner;
CREATE INDEX cases_owner ON cases(owner, ref, marking_rank, status);
DROP INDEX cases_status;
CREATE INDEX cases_status ON cases(status, ref, marking_rank);
DROP INDEX cases_next_review;
CREATE INDEX cases_next_review ON cases(next_review, ref, marking_rank, status);
DROP INDEX cases_updated;
CREATE INDEX cases_updated ON cases(updated_at, ref, marking_rank, status);
DROP INDEX cases_child;
CREATE INDEX cases_child ON cases(is_child, ref, marking_rank, status);
DROP INDEX cases_marking;
CREATE INDEX cases_marking ON cases(marking_rank, ref, status);
DROP INDEX cases_owner_status;
CREATE INDEX cases_owner_status ON cases(owner, status, ref, marking_rank);
DROP INDEX cases_owner_review;
CREATE INDEX cases_owner_review ON cases(owner, next_review, ref, marking_rank, status);
DROP INDEX cases_owner_updated;
CREATE INDEX cases_owner_updated ON cases(owner, updated_at, ref, marking_rank, status);
DROP INDEX cases_owner_marking;
CREATE INDEX cases_owner_marking ON cases(owner, marking_rank, ref, status);
DROP INDEX cases_owner_child;
CREATE INDEX cases_owner_child ON cases(owner, is_child, ref, marking_rank, status);
DROP INDEX cases_status_owner;
CREATE INDEX cases_status_owner ON cases(status, owner, ref, marking_rank);
DROP INDEX cases_status_review;
CREATE INDEX cases_status_review ON cases(status, next_review, ref, marking_rank);
DROP INDEX cases_status_updated;
CREATE INDEX cases_status_updated ON cases(status, updated_at, ref, marking_rank);
DROP INDEX cases_status_child;
CREATE INDEX cases_status_child ON cases(status, is_child, ref, marking_rank);
DROP INDEX cases_child_status;
CREATE INDEX cases_child_status ON cases(is_child, status, ref, marking_rank);
DROP INDEX cases_child_owner;
CREATE INDEX cases_child_owner ON cases(is_child, owner, ref, marking_rank, status);
DROP INDEX cases_child_review;
CREATE INDEX cases_child_review ON cases(is_child, next_review, ref, marking_rank, status);
DROP INDEX cases_child_updated;
CREATE INDEX cases_child_updated ON cases(is_child, updated_at, ref, marking_rank, status);
DROP INDEX cases_child_marking;
CREATE INDEX cases_child_marking ON cases(is_child, marking_rank, ref, status);
CREATE INDEX cases_ref_marking ON cases(ref, marking_rank, status);
