-- Version 7: settings that must not lie in a plain file beside the database (the platform's
-- address and token): inside the database, and so inside the encrypted file when the data folder
-- is encrypted. The old sync.properties is moved in at first use and deleted.
CREATE TABLE app_setting (
    name  VARCHAR(64)   NOT NULL PRIMARY KEY,
    val   VARCHAR(4000) NOT NULL
);
