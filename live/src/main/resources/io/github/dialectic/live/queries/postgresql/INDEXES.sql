SELECT CURRENT_DATABASE() AS TABLE_CAT, n.nspname AS TABLE_SCHEM, t.relname AS TABLE_NAME,
  NOT i.indisunique AS NON_UNIQUE, NULL AS INDEX_QUALIFIER, ic.relname AS INDEX_NAME, 3 AS TYPE,
  k.ord AS ORDINAL_POSITION, PG_CATALOG.PG_GET_INDEXDEF(i.indexrelid, k.ord::INT, FALSE) AS COLUMN_NAME,
  CASE WHEN i.indoption[k.ord - 1] & 1 = 1 THEN 'D' ELSE 'A' END AS ASC_OR_DESC,
  0 AS CARDINALITY, 0 AS PAGES, PG_CATALOG.PG_GET_EXPR(i.indpred, i.indrelid) AS FILTER_CONDITION
FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
  CROSS JOIN LATERAL GENERATE_SERIES(1, i.indnkeyatts) AS k(ord)
WHERE n.nspname IN (${schemas})
