CREATE TABLE usage_log (
    id        INTEGER NOT NULL PRIMARY KEY,
    quota_id  INTEGER NOT NULL REFERENCES quotas (id)
);
