-- SQLite's own step, from [vendors] of vendors.toml; the table's name ends with its [placeholders] suffix
CREATE TABLE notes_${suffix} (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
