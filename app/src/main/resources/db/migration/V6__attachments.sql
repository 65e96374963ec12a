-- Version 6: the bytes of site evidence (photos, documents) beside the project that describes
-- them (the description is in the project document). Written before the project is saved;
-- unreferenced blobs are swept at start.
CREATE TABLE attachment_blob (
    project_id    VARCHAR(36) NOT NULL,
    attachment_id VARCHAR(36) NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    sha256        VARCHAR(64) NOT NULL,
    content       BLOB        NOT NULL,
    PRIMARY KEY (project_id, attachment_id, kind)
);
-- no foreign key: on import the bytes are written before the project row, so that a project row
-- never points to missing bytes; blobs of purged projects are swept at start.
