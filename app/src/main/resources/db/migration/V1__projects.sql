-- Version 1: projects stored as one JSON document each (the aggregate saved as one unit),
-- in the same JSON shape as the .edproj file (model version in doc_version).
CREATE TABLE project (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    enterprise_name VARCHAR(200)             NOT NULL DEFAULT '',
    doc_version     INT                      NOT NULL,
    doc             CHARACTER LARGE OBJECT   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
