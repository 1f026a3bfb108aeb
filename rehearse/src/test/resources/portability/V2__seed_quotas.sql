INSERT INTO quotas (id, name, used, quota) VALUES (1, 'disk', 5, 10), (2, 'cores', 3, 0);
