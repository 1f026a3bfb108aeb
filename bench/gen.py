#!/usr/bin/env python3
"""Generates a realistic migration corpus in Flyway layout.

    bench/gen.py --out DIR --files N --statements M [--dialect postgresql|mysql|sqlite|db2|mixed] [--seed S]
                 [--max-tables T] [--table-every K]

Each file is V<k>__<description>.sql with M statements: tables are created, altered and indexed, and data is
inserted, updated and deleted the way an application's history of migrations does (about 40 % DDL, 60 % DML, a
comment now and then, some multi-row INSERTs). The schema grows like an application's: up to --max-tables tables
(default 300), and about 4 indexes a table at most (older ones are dropped once it is reached). The same seed gives the same corpus. With --dialect postgresql the
corpus is valid PostgreSQL, so PostgreSQL-only linters (Squawk) read it too.

--table-every K (PostgreSQL only) writes a large monolith's history instead: every K statements create a new table
and then work on it (two indexes, a unique constraint, a self-referencing foreign key ON DELETE CASCADE, an added,
defaulted and renamed column, an UPDATE, a COMMENT, INSERTs), so the schema grows with the statement count
(10,000 statements with K=14 make about 700 tables) and no table is dropped.
"""
import argparse
import os
import random

TYPES = {
    "postgresql": ["INTEGER", "BIGINT", "TEXT", "VARCHAR(255)", "BOOLEAN", "TIMESTAMPTZ", "NUMERIC(12,2)", "JSONB", "UUID"],
    "mysql": ["INT", "BIGINT", "TEXT", "VARCHAR(255)", "TINYINT(1)", "DATETIME", "DECIMAL(12,2)", "JSON", "CHAR(36)"],
    "sqlite": ["INTEGER", "INTEGER", "TEXT", "TEXT", "INTEGER", "TEXT", "REAL", "TEXT", "TEXT"],
    "db2": ["INTEGER", "BIGINT", "CLOB", "VARCHAR(255)", "SMALLINT", "TIMESTAMP", "DECIMAL(12,2)", "CLOB", "CHAR(36)"],
}
PK = {
    "postgresql": "id BIGSERIAL PRIMARY KEY",
    "mysql": "id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY",
    "sqlite": "id INTEGER PRIMARY KEY AUTOINCREMENT",
    "db2": "id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
}
WORDS = ["account", "order", "invoice", "customer", "product", "shipment", "payment", "audit", "session", "tenant",
         "address", "coupon", "review", "category", "warehouse", "supplier", "ticket", "message", "report", "job"]
COLS = ["name", "status", "created_at", "updated_at", "amount", "email", "code", "note", "priority", "external_ref",
        "owner_id", "quantity", "price", "flag", "payload", "region", "version", "score", "label", "source"]


class Corpus:
    def __init__(self, rng, dialect, max_tables):
        self.max_tables = max_tables
        self.live_indexes = []  # (name, table)
        self.rng = rng
        self.dialect = dialect
        self.tables = {}  # name -> list of (column, type index)
        self.indexes = 0

    def value(self, t):
        r = self.rng
        if t in (0, 1, 4):
            return str(r.randint(0, 100000))
        if t == 6:
            return "%d.%02d" % (r.randint(0, 9999), r.randint(0, 99))
        if t == 5:
            return "'2024-%02d-%02d 12:00:00'" % (r.randint(1, 12), r.randint(1, 28))
        if t == 7:
            return "'{\"k\": %d}'" % r.randint(0, 99) if self.dialect != "sqlite" else "'x'"
        if t == 8:
            return "'%08x-0000-4000-8000-%012x'" % (r.getrandbits(32), r.getrandbits(48))
        return "'%s %d'" % (r.choice(WORDS), r.randint(0, 9999))

    def create_table(self):
        r = self.rng
        name = "%s_%d" % (r.choice(WORDS), len(self.tables))
        cols = []
        for c in r.sample(COLS, r.randint(3, 7)):
            cols.append((c, r.randrange(len(TYPES[self.dialect]))))
        self.tables[name] = cols
        types = TYPES[self.dialect]
        body = [PK[self.dialect]]
        for c, t in cols:
            body.append("%s %s%s" % (c, types[t], " NOT NULL" if r.random() < 0.3 else ""))
        return "CREATE TABLE %s (\n    %s\n)" % (name, ",\n    ".join(body))

    def some_table(self):
        if not self.tables:
            return None
        return self.rng.choice(list(self.tables))

    def ddl(self):
        r = self.rng
        t = self.some_table()
        roll = r.random()
        if t is None or (roll < 0.35 and len(self.tables) < self.max_tables):
            return self.create_table()
        roll = r.random()
        cols = self.tables[t]
        types = TYPES[self.dialect]
        if roll < 0.5:
            c = "%s_%d" % (r.choice(COLS), len(cols))
            ti = r.randrange(len(types))
            cols.append((c, ti))
            col_kw = "" if self.dialect == "mysql" else "COLUMN "
            return "ALTER TABLE %s ADD %s%s %s" % (t, col_kw, c, types[ti])
        if len(self.live_indexes) >= 4 * len(self.tables):
            name, _ = self.live_indexes.pop(r.randrange(len(self.live_indexes)))
            return "DROP INDEX %s" % name if self.dialect != "mysql" else "DROP INDEX %s ON %s" % (name, _)
        self.indexes += 1
        c = r.choice(cols)[0]
        name = "ix_%s_%d" % (t, self.indexes)
        self.live_indexes.append((name, t))
        return "CREATE INDEX %s ON %s (%s)" % (name, t, c)

    def dml_on(self, t):
        r = self.rng
        cols = self.tables[t]
        roll = r.random()
        if roll < 0.55:
            chosen = cols[: r.randint(1, len(cols))]
            rows = []
            for _ in range(r.choice([1, 1, 1, 3, 10])):
                rows.append("(%s)" % ", ".join(self.value(ti) for _, ti in chosen))
            return "INSERT INTO %s (%s) VALUES\n    %s" % (t, ", ".join(c for c, _ in chosen), ",\n    ".join(rows))
        c, ti = r.choice(cols)
        w, wti = r.choice(cols)
        if roll < 0.85:
            return "UPDATE %s SET %s = %s WHERE %s = %s" % (t, c, self.value(ti), w, self.value(wti))
        if roll < 0.95:
            return "DELETE FROM %s WHERE %s = %s" % (t, w, self.value(wti))
        return "SELECT count(*) FROM %s WHERE %s IS NOT NULL" % (t, c)

    def monolith_steps(self):
        """The K statements of --table-every: a new table, then work on it."""
        r = self.rng
        create = self.create_table().replace("PRIMARY KEY", "PRIMARY KEY,\n    parent_id BIGINT", 1)
        t = list(self.tables)[-1]
        cols = self.tables[t]
        a, b = cols[0][0], cols[1][0]
        steps = [
            create,
            "CREATE INDEX ix_%s_%s ON %s (%s)" % (t, a, t, a),
            "CREATE INDEX ix_%s_%s ON %s (%s)" % (t, b, t, b),
            "ALTER TABLE %s ADD CONSTRAINT uq_%s_%s UNIQUE (%s)" % (t, t, b, b),
            "ALTER TABLE %s ADD CONSTRAINT fk_%s_parent FOREIGN KEY (parent_id) REFERENCES %s (id) ON DELETE CASCADE"
            % (t, t, t),
            "ALTER TABLE %s ADD COLUMN extra TEXT" % t,
            "ALTER TABLE %s ALTER COLUMN extra SET DEFAULT 'none'" % t,
            "ALTER TABLE %s RENAME COLUMN extra TO extra_note" % t,
            "UPDATE %s SET %s = %s WHERE id = %d" % (t, a, self.value(cols[0][1]), r.randint(1, 1000)),
            "COMMENT ON TABLE %s IS 'table %s'" % (t, t),
        ]
        cols.append(("extra_note", 2))
        return steps

    def monolith(self, every):
        """Statements for --table-every: each table's steps, cut or padded with INSERTs and UPDATEs to K."""
        while True:
            steps = self.monolith_steps()[:every]
            while len(steps) < every:
                steps.append(self.dml_on(list(self.tables)[-1]))
            yield from steps

    def dml(self):
        t = self.some_table()
        if t is None:
            return self.create_table()
        return self.dml_on(t)

    def statement(self):
        return self.ddl() if self.rng.random() < 0.4 else self.dml()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--statements", type=int, default=10, help="statements per file")
    ap.add_argument("--dialect", default="postgresql", choices=sorted(TYPES) + ["mixed"])
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--max-tables", type=int, default=300, help="tables per dialect's schema at most")
    ap.add_argument("--table-every", type=int, metavar="K",
                    help="PostgreSQL only: a new table every K statements, never dropped (a monolith's history)")
    a = ap.parse_args()
    if a.table_every is not None and (a.table_every < 1 or a.dialect != "postgresql"):
        ap.error("--table-every needs K >= 1 and --dialect postgresql")
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    dialects = sorted(TYPES) if a.dialect == "mixed" else [a.dialect]
    corpora = {d: Corpus(rng, d, a.max_tables) for d in dialects}
    monolith = corpora["postgresql"].monolith(a.table_every) if a.table_every else None
    for i in range(1, a.files + 1):
        d = dialects[(i - 1) % len(dialects)]
        corpus = corpora[d]
        parts = ["-- migration %d (%s)\n" % (i, d)]
        for k in range(a.statements):
            if rng.random() < 0.1:
                parts.append("-- step %d\n" % k)
            parts.append((next(monolith) if monolith else corpus.statement()) + ";\n")
        name = "V%d__%s_%s.sql" % (i, rng.choice(WORDS), d)
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write("".join(parts))


if __name__ == "__main__":
    main()
