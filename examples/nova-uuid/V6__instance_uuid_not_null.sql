-- The fix Nova finally shipped (migration 267): purge or repair NULL uuids first
-- (nova-manage db null_instance_uuid_scan), then make the column NOT NULL.
-- On a large MySQL database this rebuilt the table for 42 minutes.
ALTER TABLE instances MODIFY uuid VARCHAR(36) NOT NULL;
