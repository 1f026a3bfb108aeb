SELECT CURRENT_DATABASE() AS CONSTRAINT_CATALOG, n.nspname AS CONSTRAINT_SCHEMA, c.conname AS CONSTRAINT_NAME,
  CURRENT_DATABASE() AS TABLE_CATALOG, n.nspname AS TABLE_SCHEMA, t.relname AS TABLE_NAME,
  CASE c.contype WHEN 'p' THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE' WHEN 'f' THEN 'FOREIGN KEY' ELSE 'CHECK' END
    AS CONSTRAINT_TYPE,
  CASE WHEN c.condeferrable THEN 'YES' ELSE 'NO' END AS IS_DEFERRABLE,
  CASE WHEN c.condeferred THEN 'YES' ELSE 'NO' END AS INITIALLY_DEFERRED
FROM pg_catalog.pg_constraint c
  JOIN pg_catalog.pg_class t ON t.oid = c.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
WHERE c.contype IN ('p', 'u', 'f', 'c') AND n.nspname IN (${schemas})
