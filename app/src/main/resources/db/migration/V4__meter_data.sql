-- Version 4: imported meter data, columnar: one row per meter and calendar month holding the
-- month's interval values as deflated IEEE doubles (NaN = no value); imports with their reports;
-- mapping profiles recognised by header signature.
CREATE TABLE meter (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    project_id       VARCHAR(36)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    carrier_id       VARCHAR(64)  NOT NULL DEFAULT '',
    unit             VARCHAR(16)  NOT NULL,
    interval_minutes INT          NOT NULL,
    CONSTRAINT meter_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT meter_name UNIQUE (project_id, name)
);
CREATE TABLE meter_block (
    meter_id    VARCHAR(36) NOT NULL,
    block_start BIGINT      NOT NULL,
    n           INT         NOT NULL,
    data        VARBINARY   NOT NULL,
    PRIMARY KEY (meter_id, block_start),
    CONSTRAINT block_meter FOREIGN KEY (meter_id) REFERENCES meter (id) ON DELETE CASCADE
);
CREATE TABLE meter_import (
    id               VARCHAR(36)              NOT NULL PRIMARY KEY,
    project_id       VARCHAR(36)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    files            VARCHAR(4000)            NOT NULL,
    content_hash     VARCHAR(64)              NOT NULL,
    header_signature VARCHAR(64),
    meters           INT                      NOT NULL,
    import_values    BIGINT                   NOT NULL,
    report           CHARACTER LARGE OBJECT   NOT NULL,
    CONSTRAINT import_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
CREATE INDEX meter_import_hash ON meter_import (project_id, content_hash);
CREATE TABLE mapping_profile (
    signature  VARCHAR(64)              NOT NULL PRIMARY KEY,
    name       VARCHAR(200)             NOT NULL,
    settings   CHARACTER LARGE OBJECT   NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
