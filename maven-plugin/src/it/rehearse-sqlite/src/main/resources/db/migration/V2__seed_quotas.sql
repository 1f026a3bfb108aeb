INSERT INTO quotas (id, name, used) VALUES (1, 'disk', 5), (2, 'cores', 3);
