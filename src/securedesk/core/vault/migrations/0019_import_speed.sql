-- import speed: provenance per bundle and table (issue 15).
--
-- Items, chronology entries, assessments and attachments are never changed here once
-- written (append-only), so where one came from is the bundle that created it: the bundle's
-- row in incoming_bundles holds the sender and the time, and the record as held is the
-- record as imported. An import now writes the bundle's id on the row itself instead of one
-- record_provenance row per record (two writes and a hash per record before).
--
-- NULL: recorded here, or imported before this version, when record_provenance holds the
-- record's provenance as before; readers look there first (provenance_store.py,
-- core/cases/provenance.py). People, cases, actions and person links, which change after
-- import, keep their record_provenance rows.
ALTER TABLE items ADD COLUMN import_bundle_id TEXT REFERENCES incoming_bundles(bundle_id);
ALTER TABLE chronology_entries ADD COLUMN import_bundle_id TEXT
    REFERENCES incoming_bundles(bundle_id);
ALTER TABLE assessments ADD COLUMN import_bundle_id TEXT REFERENCES incoming_bundles(bundle_id);
ALTER TABLE attachments ADD COLUMN import_bundle_id TEXT REFERENCES incoming_bundles(bundle_id);
