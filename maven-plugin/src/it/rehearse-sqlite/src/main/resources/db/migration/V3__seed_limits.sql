-- the column was added by hand on the production database and never in a migration
INSERT INTO quotas (id, name, hard_limit) VALUES (3, 'ram', 64);
