CREATE TABLE instance_types (
    id        INTEGER      NOT NULL PRIMARY KEY,
    name      VARCHAR(255) NOT NULL,
    flavorid  VARCHAR(255) NOT NULL
);
CREATE UNIQUE INDEX ix_instance_types_flavorid ON instance_types (flavorid);

-- SQLite adds a foreign key only with a new column
ALTER TABLE instances ADD COLUMN instance_type_flavorid VARCHAR(255)
    CONSTRAINT fk_instances_flavorid REFERENCES instance_types (flavorid);
