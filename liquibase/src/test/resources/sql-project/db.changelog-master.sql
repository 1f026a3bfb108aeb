--liquibase formatted sql

--changeset alice:1
CREATE TABLE accounts (id BIGINT PRIMARY KEY, code VARCHAR(20));

--changeset alice:2 dbms:postgresql
CREATE INDEX accounts_code_lower ON accounts ((lower(code)));
--rollback DROP INDEX accounts_code_lower;

--changeset alice:3 dbms:mysql,mariadb
CREATE INDEX accounts_code_prefix ON accounts (code(4));

--changeset bob:4 context:test
-- dialectic:ignore nullable-unique-key fixture data only
ALTER TABLE accounts ADD CONSTRAINT accounts_code_uq UNIQUE (code);
