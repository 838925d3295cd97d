-- Version 9: each import conflict says why the incoming version was set aside (issue 10,
-- docs/bundle-format.md "Provenance and conflicts"): 'other-sender' (the record came from
-- another terminal, or the case it belongs to did), 'local-record' (created on this
-- terminal), 'marking-lowered', 'edited-here' (edited here since it was imported) or
-- 'not-updatable' (a kind of record never updated in place). Conflicts set aside before this
-- version keep '' (not recorded: they were local edits or changed append-only records).
ALTER TABLE import_conflicts ADD COLUMN reason TEXT NOT NULL DEFAULT '';
