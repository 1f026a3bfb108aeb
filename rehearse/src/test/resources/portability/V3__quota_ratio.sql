ALTER TABLE quotas ADD COLUMN ratio DECIMAL(10,2);
-- PostgreSQL wants every selected column grouped or aggregated; MariaDB (without ONLY_FULL_GROUP_BY) and SQLite
-- take any row's value
CREATE VIEW quota_usage AS SELECT name, used FROM quotas GROUP BY name;
