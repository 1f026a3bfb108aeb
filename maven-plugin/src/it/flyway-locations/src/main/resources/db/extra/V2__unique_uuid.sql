ALTER TABLE instances ADD CONSTRAINT uq_uuid UNIQUE (uuid);
