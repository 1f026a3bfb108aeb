SELECT CURRENT_DATABASE() AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME, a.attname AS COLUMN_NAME,
  a.attnum AS ORDINAL_POSITION, 1111 AS DATA_TYPE, PG_CATALOG.FORMAT_TYPE(a.atttypid, NULL) AS TYPE_NAME,
  CASE WHEN a.atttypid IN (1042, 1043) AND a.atttypmod > 0 THEN a.atttypmod - 4
       WHEN a.atttypid = 1700 AND a.atttypmod > 0 THEN ((a.atttypmod - 4) >> 16) & 65535
       ELSE 0 END AS COLUMN_SIZE,
  CASE WHEN a.atttypid = 1700 AND a.atttypmod > 0 THEN (a.atttypmod - 4) & 65535 ELSE 0 END AS DECIMAL_DIGITS,
  CASE WHEN a.attnotnull THEN 0 ELSE 1 END AS NULLABLE,
  CASE WHEN a.attgenerated = '' THEN PG_CATALOG.PG_GET_EXPR(d.adbin, d.adrelid) END AS COLUMN_DEF,
  CASE WHEN a.attidentity <> '' THEN 'YES' ELSE 'NO' END AS IS_AUTOINCREMENT,
  CASE WHEN a.attgenerated <> '' THEN 'YES' ELSE 'NO' END AS IS_GENERATEDCOLUMN,
  NULL AS REMARKS
FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND n.nspname IN (${schemas})
