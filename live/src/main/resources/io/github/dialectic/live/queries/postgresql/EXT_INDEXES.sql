SELECT CURRENT_DATABASE() AS INDEX_CATALOG, n.nspname AS INDEX_SCHEMA, ic.relname AS INDEX_NAME,
  t.relname AS TABLE_NAME, NULL AS REMARKS, PG_CATALOG.PG_GET_INDEXDEF(i.indexrelid) AS INDEX_DEFINITION
FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname IN (${schemas})
