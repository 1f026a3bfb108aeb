-- ${flyway:filename}: shared by every engine
CREATE TABLE ${customers} (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL
);
