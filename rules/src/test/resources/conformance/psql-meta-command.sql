-- A meta-command sent as SQL (what a JDBC driver and Flyway do) is refused by every engine.

-- case: \connect sent to the engine
-- check:
\connect test

-- case: pg_dump's \restrict sent to the engine
-- check:
\restrict Xk3bQ9d2pZ
