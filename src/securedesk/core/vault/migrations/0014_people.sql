-- Version 14: people (issue 11): likely duplicates found by an index, and merges explained.
--
-- name_key is the person's name folded for diacritics and case (NFKD, combining marks
-- removed, casefold: "Siân Ó Néill" and "sian o neill" share one). SQL cannot fold like
-- that, so the key is written by the program (core/cases/person_store.py) and is NULL until
-- then: rows from earlier versions, and rows written by paths that do not set it, are keyed
-- on the next look-up for duplicates, which first keys the NULL rows (found by the index).
-- A change of name clears the key, so a renamed person is keyed again.
ALTER TABLE people ADD COLUMN name_key TEXT;
-- A person merged into another is kept, to explain the merge, and points to the one kept.
ALTER TABLE people ADD COLUMN merged_into TEXT REFERENCES people(id);
CREATE INDEX people_name_key ON people(name_key, date_of_birth);
CREATE INDEX people_merged_into ON people(merged_into) WHERE merged_into IS NOT NULL;

CREATE TRIGGER people_name_key_stale AFTER UPDATE OF given_name, family_name ON people
WHEN new.name_key IS old.name_key
BEGIN
    UPDATE people SET name_key = NULL WHERE rowid = new.rowid;
END;

-- The same identifier (a school or NHS number) found by its value, spaces and case aside.
CREATE INDEX person_identifiers_value
    ON person_identifiers(upper(replace(replace(value, ' ', ''), '-', '')));
-- Links to a person, as well as from one (links_of reads person_id; show reads both ways).
CREATE INDEX person_links_other ON person_links(other_id);

-- One row per merge: what moved from the merged record to the kept one, for explanation.
CREATE TABLE person_merges (
    id          TEXT PRIMARY KEY,
    kept_id     TEXT NOT NULL REFERENCES people(id),
    merged_id   TEXT NOT NULL REFERENCES people(id),
    reason      TEXT NOT NULL,
    merged_by   TEXT NOT NULL,
    merged_at   TEXT NOT NULL,
    -- JSON: {"cases": [case ids], "aliases": n, "identifiers": n, "addresses": n,
    --        "links": n, "links_dropped": n, "shared_cases": [case ids]}
    moved       TEXT NOT NULL DEFAULT '{}'
) WITHOUT ROWID;
CREATE INDEX person_merges_kept ON person_merges(kept_id);
CREATE INDEX person_merges_merged ON person_merges(merged_id);
