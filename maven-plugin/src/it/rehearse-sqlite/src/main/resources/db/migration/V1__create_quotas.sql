CREATE TABLE quotas (
    id    INTEGER     NOT NULL PRIMARY KEY,
    name  VARCHAR(40) NOT NULL,
    used  INTEGER
);
