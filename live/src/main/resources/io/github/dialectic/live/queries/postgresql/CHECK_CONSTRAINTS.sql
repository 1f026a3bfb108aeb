SELECT CURRENT_DATABASE() AS CONSTRAINT_CATALOG, n.nspname AS CONSTRAINT_SCHEMA, c.conname AS CONSTRAINT_NAME,
  PG_CATALOG.PG_GET_EXPR(c.conbin, c.conrelid) AS CHECK_CLAUSE
FROM pg_catalog.pg_constraint c
  JOIN pg_catalog.pg_class t ON t.oid = c.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
WHERE c.contype = 'c' AND n.nspname IN (${schemas})
