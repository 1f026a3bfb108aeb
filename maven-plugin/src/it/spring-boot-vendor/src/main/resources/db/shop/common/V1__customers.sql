-- ${flyway:filename}: shared by every engine
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    status VARCHAR(20) DEFAULT '${default_status}' NOT NULL
);
CREATE TABLE ${audit_table} (id INT NOT NULL PRIMARY KEY, note VARCHAR(200));
