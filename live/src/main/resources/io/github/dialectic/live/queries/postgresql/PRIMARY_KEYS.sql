SELECT CURRENT_DATABASE() AS TABLE_CAT, n.nspname AS TABLE_SCHEM, t.relname AS TABLE_NAME, a.attname AS COLUMN_NAME,
  k.ord AS KEY_SEQ, c.conname AS PK_NAME
FROM pg_catalog.pg_constraint c
  JOIN pg_catalog.pg_class t ON t.oid = c.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
  CROSS JOIN LATERAL UNNEST(c.conkey) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
WHERE c.contype = 'p' AND n.nspname IN (${schemas})
