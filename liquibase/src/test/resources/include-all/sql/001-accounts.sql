--liquibase formatted sql

--changeset alice:1
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, code VARCHAR(20));
