-- Version 2: recycle bin (soft delete with a way back) and list columns for the home screen,
-- so the list is read without parsing every document. V3 (Java) fills the new columns.
ALTER TABLE project ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE project ADD COLUMN credit_code VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN region VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN sector VARCHAR(200) NOT NULL DEFAULT '';
CREATE INDEX project_updated ON project (deleted_at, updated_at);
