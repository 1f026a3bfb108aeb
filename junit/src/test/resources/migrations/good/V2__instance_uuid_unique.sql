ALTER TABLE instances ADD CONSTRAINT uniq_instances0uuid UNIQUE (uuid);
