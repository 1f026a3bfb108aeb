-- Instances of the service.
-- These comment lines were added after the baseline was taken: the finding below moved from line 2 to line 5,
-- and the baseline entry (matched on rule, file and statement fingerprint) still accepts it.
CREATE TABLE instances (id INT NOT NULL PRIMARY KEY, uuid VARCHAR(36));
ALTER TABLE instances ADD CONSTRAINT uq_uuid UNIQUE (uuid);
