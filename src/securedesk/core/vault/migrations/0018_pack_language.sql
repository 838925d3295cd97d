-- meeting members' pack language (issue 13): each member's copy of a meeting pack is drawn in
-- English ('en'), Welsh ('cy') or both ('bilingual', Welsh first). Members recorded before
-- this version were sent English packs, and keep that until the chair says otherwise.
ALTER TABLE meeting_members ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'cy', 'bilingual'));
