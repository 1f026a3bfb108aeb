-- Compute instances, as first written: the uuid column came later in the design
-- and was added nullable, so rows created before it have no uuid.
CREATE TABLE instances (
    id          INTEGER      NOT NULL AUTO_INCREMENT,
    hostname    VARCHAR(255),
    uuid        VARCHAR(36),
    created_at  DATETIME,
    deleted_at  DATETIME,
    deleted     INTEGER      DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_deleted ON instances (deleted);
