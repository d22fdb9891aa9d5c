-- Campagna schema, version 2: the language notifications are written in for
-- each operator ('it', 'en'; NULL: English).
ALTER TABLE operator ADD COLUMN locale TEXT CHECK (locale IN ('it', 'en'));
