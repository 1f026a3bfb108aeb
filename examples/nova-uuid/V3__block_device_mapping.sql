CREATE TABLE block_device_mapping (
    id             INTEGER      NOT NULL AUTO_INCREMENT,
    instance_uuid  VARCHAR(36),
    device_name    VARCHAR(255),
    deleted        INTEGER      DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT block_device_mapping_instance_uuid_fkey
        FOREIGN KEY (instance_uuid) REFERENCES instances (uuid)
        ON UPDATE CASCADE
);

-- Soft-delete index, named like the one on instances.
CREATE INDEX ix_deleted ON block_device_mapping (deleted);
