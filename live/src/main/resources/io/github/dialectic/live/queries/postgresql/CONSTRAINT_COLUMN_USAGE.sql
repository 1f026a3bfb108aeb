SELECT CURRENT_DATABASE() AS CONSTRAINT_CATALOG, n.nspname AS CONSTRAINT_SCHEMA, c.conname AS CONSTRAINT_NAME,
  CURRENT_DATABASE() AS TABLE_CATALOG, n.nspname AS TABLE_SCHEMA, t.relname AS TABLE_NAME, a.attname AS COLUMN_NAME,
  k.ord AS ORDINAL_POSITION
FROM pg_catalog.pg_constraint c
  JOIN pg_catalog.pg_class t ON t.oid = c.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
  CROSS JOIN LATERAL UNNEST(c.conkey) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
WHERE c.contype IN ('p', 'u') AND n.nspname IN (${schemas})
