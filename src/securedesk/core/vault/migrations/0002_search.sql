-- Version 2: full-text search over cases, people and information items (FTS5).
-- The indexes read their text from the tables themselves (external content), so nothing is
-- stored twice; triggers keep them in step. Diacritics are folded: "Sian" finds "Siân".

ALTER TABLE people ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

-- Fill the search text of people recorded under version 1 before any trigger exists
-- (an FTS 'delete' of rows never indexed would corrupt the index).
UPDATE people SET search_text = trim(
    given_name || ' ' || family_name || ' ' ||
    coalesce((SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = people.id), '') || ' ' ||
    coalesce((SELECT group_concat(value, ' ') FROM person_identifiers WHERE person_id = people.id), '')
);

CREATE VIRTUAL TABLE cases_fts USING fts5(
    ref, referral_source,
    content='cases', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE people_fts USING fts5(
    search_text,
    content='people', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE items_fts USING fts5(
    agency, text,
    content='items', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO cases_fts(rowid, ref, referral_source) VALUES (new.rowid, new.ref, new.referral_source);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, ref, referral_source)
        VALUES ('delete', old.rowid, old.ref, old.referral_source);
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF ref, referral_source ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, ref, referral_source)
        VALUES ('delete', old.rowid, old.ref, old.referral_source);
    INSERT INTO cases_fts(rowid, ref, referral_source) VALUES (new.rowid, new.ref, new.referral_source);
END;

CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
    INSERT INTO people_fts(people_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF search_text ON people BEGIN
    INSERT INTO people_fts(people_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO people_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;

CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, agency, text) VALUES (new.rowid, new.agency, new.text);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, agency, text) VALUES ('delete', old.rowid, old.agency, old.text);
END;

-- Index what versions before this one recorded.
INSERT INTO cases_fts(cases_fts) VALUES ('rebuild');
INSERT INTO people_fts(people_fts) VALUES ('rebuild');
INSERT INTO items_fts(items_fts) VALUES ('rebuild');
