CREATE TABLE usage_log (
    id        INTEGER NOT NULL PRIMARY KEY,
    quota_id  INTEGER NOT NULL,
    CONSTRAINT fk_usage_log_quota FOREIGN KEY (quota_id) REFERENCES quotas (id)
);
