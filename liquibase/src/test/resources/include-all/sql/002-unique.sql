--liquibase formatted sql

--changeset alice:2 dbms:db2
ALTER TABLE accounts ADD CONSTRAINT accounts_code_uq UNIQUE (code);

--changeset alice:3 dbms:postgresql
ALTER TABLE accounts ADD CONSTRAINT accounts_code_uq UNIQUE (code);
