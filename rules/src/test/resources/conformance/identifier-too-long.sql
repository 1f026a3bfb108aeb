-- case: a 74-character table name is silently truncated on PostgreSQL
-- engines: postgresql
-- check:
CREATE TABLE instance_actions_events_archive_for_compliance_reporting_2024_q1_x (id INTEGER NOT NULL PRIMARY KEY);
-- observe: SELECT MAX(LENGTH(table_name)) FROM information_schema.tables WHERE table_schema = current_schema()
-- expected: 74

-- case: a 74-character table name is refused on MariaDB, kept on SQLite
-- engines: mariadb, sqlite
-- check:
CREATE TABLE instance_actions_events_archive_for_compliance_reporting_2024_q1_x (id INTEGER NOT NULL PRIMARY KEY);

-- case: a 63-byte name fits everywhere
-- check:
CREATE TABLE owner_instance_uuid_at_deletion_time_kept_for_audit_purpose_x (id INTEGER NOT NULL PRIMARY KEY);
