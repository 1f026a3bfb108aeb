-- Flavors are looked up by flavorid, made unique with an index rather than a constraint.
CREATE TABLE instance_types (
    id        INTEGER      NOT NULL PRIMARY KEY,
    name      VARCHAR(255) NOT NULL,
    flavorid  VARCHAR(255) NOT NULL
);
CREATE UNIQUE INDEX ix_instance_types_flavorid ON instance_types (flavorid);

-- Every engine but Db2 accepts a unique index as the parent of a foreign key.
ALTER TABLE instances ADD COLUMN instance_type_flavorid VARCHAR(255);
ALTER TABLE instances
    ADD CONSTRAINT fk_instances_flavorid
    FOREIGN KEY (instance_type_flavorid) REFERENCES instance_types (flavorid);
