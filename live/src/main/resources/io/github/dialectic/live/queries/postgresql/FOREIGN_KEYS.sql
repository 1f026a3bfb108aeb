SELECT CURRENT_DATABASE() AS PKTABLE_CAT, pn.nspname AS PKTABLE_SCHEM, pt.relname AS PKTABLE_NAME,
  pa.attname AS PKCOLUMN_NAME, CURRENT_DATABASE() AS FKTABLE_CAT, fn.nspname AS FKTABLE_SCHEM,
  ft.relname AS FKTABLE_NAME, fa.attname AS FKCOLUMN_NAME, k.ord AS KEY_SEQ,
  CASE c.confupdtype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 4 ELSE 3 END AS UPDATE_RULE,
  CASE c.confdeltype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 4 ELSE 3 END AS DELETE_RULE,
  c.conname AS FK_NAME, NULL AS PK_NAME,
  CASE WHEN c.condeferrable AND c.condeferred THEN 5 WHEN c.condeferrable THEN 6 ELSE 7 END AS DEFERRABILITY
FROM pg_catalog.pg_constraint c
  JOIN pg_catalog.pg_class ft ON ft.oid = c.conrelid
  JOIN pg_catalog.pg_namespace fn ON fn.oid = ft.relnamespace
  JOIN pg_catalog.pg_class pt ON pt.oid = c.confrelid
  JOIN pg_catalog.pg_namespace pn ON pn.oid = pt.relnamespace
  CROSS JOIN LATERAL UNNEST(c.conkey, c.confkey) WITH ORDINALITY AS k(fk_attnum, pk_attnum, ord)
  JOIN pg_catalog.pg_attribute fa ON fa.attrelid = ft.oid AND fa.attnum = k.fk_attnum
  JOIN pg_catalog.pg_attribute pa ON pa.attrelid = pt.oid AND pa.attnum = k.pk_attnum
WHERE c.contype = 'f' AND fn.nspname IN (${schemas})
