CREATE TABLE block_device_mapping (
    id             INTEGER      NOT NULL,
    instance_uuid  VARCHAR(36),
    device_name    VARCHAR(255),
    deleted        INTEGER      DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT block_device_mapping_instance_uuid_fkey
        FOREIGN KEY (instance_uuid) REFERENCES instances (uuid)
        ON UPDATE CASCADE
);

-- SQLite keeps index names per schema: not ix_deleted twice
CREATE INDEX ix_block_device_mapping_deleted ON block_device_mapping (deleted);
