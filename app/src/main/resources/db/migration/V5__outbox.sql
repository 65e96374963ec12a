-- Version 5: the sync outbox. A submission (one hand-in of a project to the platform) with its
-- files; kept until the platform confirms it. No foreign key to project: a submission queued
-- before a project is deleted must still be delivered.
CREATE TABLE submission (
    id                 VARCHAR(36)              NOT NULL PRIMARY KEY,
    project_id         VARCHAR(36)              NOT NULL,
    title              VARCHAR(400)             NOT NULL,
    credit_code        VARCHAR(64)              NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    project_updated_at TIMESTAMP WITH TIME ZONE,
    source_hash        VARCHAR(64)              NOT NULL,
    content_hash       VARCHAR(64)              NOT NULL,
    status             VARCHAR(16)              NOT NULL,
    attempts           INT                      NOT NULL DEFAULT 0,
    last_error         VARCHAR(4000)            NOT NULL DEFAULT '',
    retryable          BOOLEAN                  NOT NULL DEFAULT TRUE,
    next_attempt_at    TIMESTAMP WITH TIME ZONE,
    uploaded_at        TIMESTAMP WITH TIME ZONE,
    receipt            VARCHAR(200)             NOT NULL DEFAULT ''
);
CREATE INDEX submission_project ON submission (project_id, created_at);
CREATE TABLE submission_part (
    submission_id VARCHAR(36)  NOT NULL,
    ordinal       INT          NOT NULL,
    name          VARCHAR(120) NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    media_type    VARCHAR(200) NOT NULL,
    size          BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    content       BLOB         NOT NULL,
    PRIMARY KEY (submission_id, name),
    CONSTRAINT part_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
);
