#!/usr/bin/env python3
"""Extracts migration-type statements (DDL and the DML migrations carry) from the engines' own regression suites.

Reads the suites from bare git mirrors (`fetch` brings them as /work/.mirror/<owner>+<name>/repo) and writes one JSON
object a line: the statement, where it came from, and the setup that creates what it references (the earlier
statements of the same test file that created, and then altered, the objects it names; dropped objects are
forgotten). AcceptanceHarvester then runs every statement on the real engines.

    extract.py --out candidates.jsonl [--per-source N] \
        --postgresql GITDIR:PATH --mariadb GITDIR:PATH --sqlite GITDIR:PATH

Only statements that are safe to run on a shared server are kept: no roles, grants, databases, tablespaces, files,
events, sleeps, system catalogs, psql/mysqltest/Tcl variables (see UNSAFE and the statement kinds in MIGRATION).
"""
import argparse
import hashlib
import json
import re
import subprocess
import sys

MIGRATION = re.compile(
    r"""^(?:
        CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP\s+|TEMPORARY\s+|UNLOGGED\s+|VIRTUAL\s+)?
            (?:TABLE|VIEW|MATERIALIZED\s+VIEW|RECURSIVE\s+VIEW|SEQUENCE|TYPE|DOMAIN|TRIGGER|
               (?:UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX)\b
      | CREATE\s+(?:OR\s+REPLACE\s+)?(?:ALGORITHM\s*=\s*\w+\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:SQL\s+SECURITY\s+\w+\s+)?
            (?:VIEW|TRIGGER)\b
      | ALTER\s+(?:ONLINE\s+|IGNORE\s+)?(?:TABLE|INDEX|SEQUENCE|VIEW|MATERIALIZED\s+VIEW|TYPE|DOMAIN)\b
      | DROP\s+(?:TEMPORARY\s+)?(?:TABLE|INDEX|VIEW|MATERIALIZED\s+VIEW|SEQUENCE|TYPE|DOMAIN|TRIGGER)\b
      | RENAME\s+TABLE\b | COMMENT\s+ON\b | TRUNCATE\b
      | INSERT\b | UPDATE\b | DELETE\b | REPLACE\b | MERGE\b | UPSERT\b
    )""", re.I | re.X | re.S)

# Anything that could reach beyond a scratch database, or hang, or read/write files: never run.
UNSAFE = re.compile(
    r"""\$ | (?<![:\w]):['"A-Za-z_] | \\ | \bpg_\w+ | \binformation_schema\b | \bperformance_schema\b
      | \bmysql\s*\. | \bsys\s*\. | \bsqlite_\w+ | \btest\s*\. | \bmysqltest\w*\s*\. | `test`\s*\.
      | \bDATA\s+DIRECTORY\b | \bINDEX\s+DIRECTORY\b | \bSONAME\b | \bOUTFILE\b | \bDUMPFILE\b | \bLOAD_FILE\b
      | \blo_import\b | \blo_export\b | \bdblink | \bFEDERATED\b | \bCONNECT\b | \bSPIDER\b | \bCONNECTION\s*=
      | \bSLEEP\s*\( | \bBENCHMARK\s*\( | \bGET_LOCK\b | \bATTACH\b | \bEVENT\b | \bTABLESPACE\b
      | \bPUBLICATION\b | \bSUBSCRIPTION\b | \bROLE\b | \bGRANT\b | \bREVOKE\b | \bOWNER\s+TO\b | \bSERVER\b
      | \bEXTENSION\b | \bLANGUAGE\b | \bsetval\b | \bnextval\s*\(\s*'pg | \bgenerate_series\s*\(\s*1\s*,\s*\d{6,}
      | \bSEQUENCE\b.*\bCACHE\s+\d{7,} | \bdatabase\s*\(
    """, re.I | re.X | re.S)

MAX_LEN = 3000
DML = re.compile(r"^(INSERT|UPDATE|DELETE|REPLACE|MERGE|UPSERT)\b", re.I)


def git_ls(gitdir, path):
    out = subprocess.run(["git", "-C", gitdir, "ls-tree", "-r", "--name-only", "HEAD", path],
                         check=True, capture_output=True, text=True).stdout
    return sorted(out.split())


_CAT_FILES = {}


def git_show(gitdir, path):
    """A file of the mirror's HEAD, through one `git cat-file --batch` per mirror (a process per file is slow)."""
    cat = _CAT_FILES.get(gitdir)
    if cat is None:
        cat = _CAT_FILES[gitdir] = subprocess.Popen(["git", "-C", gitdir, "cat-file", "--batch"],
                                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    cat.stdin.write(f"HEAD:{path}\n".encode())
    cat.stdin.flush()
    header = cat.stdout.readline().decode().split()
    if len(header) != 3:  # "<object> missing": a snapshot lacks its largest files
        print(f"skipped {path}: {' '.join(header)}", file=sys.stderr)
        return ""
    body = cat.stdout.read(int(header[2]))
    cat.stdout.read(1)  # the newline after the contents
    return body.decode("utf-8", "replace")


# ---------------------------------------------------------------- splitting

def split_sql(text, dialect):
    """Splits SQL text into (line, statement) pairs: quotes, comments, PostgreSQL dollar quotes and
    trigger bodies (BEGIN ... END, CASE ... END nest) do not end a statement."""
    out = []
    i, n, line = 0, len(text), 1
    start, start_line = 0, 1
    depth = 0          # BEGIN/CASE nesting inside a trigger body
    words = []         # the statement's first words, to know a trigger
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
        if c in "'\"`" or (c == "[" and dialect == "sqlite"):
            close = "]" if c == "[" else c
            j = i + 1
            while j < n:
                if text[j] == close:
                    if j + 1 < n and text[j + 1] == close and close != "]":
                        j += 2
                        continue
                    break
                if text[j] == "\\" and dialect == "mariadb" and c == "'":
                    j += 2
                    continue
                j += 1
            line += text.count("\n", i + 1, j)
            i = j + 1
            continue
        if c == "-" and text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if c == "#" and dialect == "mariadb":
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if c == "/" and text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += text.count("\n", i, j)
            i = j
            continue
        if c == "$" and dialect == "postgresql":
            m = re.match(r"\$([A-Za-z_]\w*)?\$", text[i:])
            if m:
                tag = m.group(0)
                j = text.find(tag, i + len(tag))
                j = n if j < 0 else j + len(tag)
                line += text.count("\n", i, j)
                i = j
                continue
        if c.isalpha() or c == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] in "_$"):
                j += 1
            w = text[i:j].upper()
            if text[start:i].strip() == "":
                start_line = line
            if len(words) < 4:
                words.append(w)
            is_trigger = words[:1] == ["CREATE"] and "TRIGGER" in words
            if is_trigger and w in ("BEGIN", "CASE"):
                depth += 1
            elif is_trigger and w == "END" and depth > 0:
                depth -= 1
            i = j
            continue
        if c == ";" and depth == 0:
            stmt = text[start:i].strip()
            if stmt:
                out.append((start_line, stmt))
            start, words = i + 1, []
        i += 1
    rest = text[start:].strip()
    if rest:
        out.append((start_line, rest))
    return out


def strip_comments(stmt):
    return re.sub(r"^(\s*(--[^\n]*\n|/\*.*?\*/|#[^\n]*\n))*", "", stmt, flags=re.S).strip()


# ---------------------------------------------------------------- sources

def postgresql_statements(text):
    """psql script: meta-command lines (\\...) are dropped with the statement they end; COPY FROM stdin data skipped."""
    lines = text.split("\n")
    kept = []
    skipping_copy = False
    for ln in lines:
        if skipping_copy:
            kept.append("")
            if ln.strip() == "\\.":
                skipping_copy = False
            continue
        if ln.lstrip().startswith("\\"):
            kept.append(";")  # a meta-command ends whatever statement was open (and it is dropped below)
            continue
        if re.search(r"\bFROM\s+stdin\b", ln, re.I):
            skipping_copy = True
        kept.append(ln)
    return split_sql("\n".join(kept), "postgresql")


MYSQLTEST_COMMANDS = set("""
let eval echo source error if while connect connection disconnect sleep real_sleep replace_result replace_column
replace_regex sorted_result disable_warnings enable_warnings disable_query_log enable_query_log disable_result_log
enable_result_log disable_abort_on_error enable_abort_on_error disable_info enable_info disable_metadata
enable_metadata disable_ps_protocol enable_ps_protocol disable_reconnect enable_reconnect disable_parsing
enable_parsing exec system send reap die exit inc dec query_vertical vertical_results horizontal_results remove_file
file_exists mkdir rmdir copy_file move_file cat_file list_files change_user wait_for_slave_to_stop
sync_slave_with_master save_master_pos sync_with_master shutdown_server character_set end skip require
result_format lowercase_result ping start_timer end_timer send_eval chmod query dirty_close send_quit
remove_files_wildcard disable_connect_log enable_connect_log replace_numeric_round sorted_results partially_sorted_result
disable_session_track_info enable_session_track_info disable_view_protocol enable_view_protocol
disable_cursor_protocol enable_cursor_protocol disable_service_connection enable_service_connection
enable_prepare_warnings disable_prepare_warnings copy_files_wildcard query_attributes output send_shutdown
""".split())


def mariadb_statements(text):
    """mysqltest script: commands (--x, known first words, perl/write_file blocks) are skipped; DELIMITER honoured."""
    out = []
    delim = ";"
    buf, buf_line = [], 0
    lines = text.split("\n")
    i = 0
    block_end = None
    while i < len(lines):
        raw = lines[i]
        s = raw.strip()
        i += 1
        if block_end is not None:
            if s == block_end:
                block_end = None
            continue
        if not buf:
            if not s or s.startswith("#"):
                continue
            low = s.lower()
            if s.startswith("--"):
                cmd = s[2:].strip()
                m = re.match(r"delimiter\s+(\S+)", cmd, re.I)
                if m:
                    delim = m.group(1)
                elif re.match(r"(perl|write_file|append_file)\b", cmd, re.I):
                    m2 = re.search(r"\b(\w+)\s*;?\s*$", cmd)
                    block_end = "EOF" if not m2 or cmd.lower().startswith("perl") else "EOF"
                continue
            m = re.match(r"delimiter\s+(\S+?)\s*$", s, re.I)
            if m:
                d = m.group(1)
                if d.endswith(delim) and len(d) > len(delim):
                    d = d[: -len(delim)]
                delim = d
                continue
            first = re.match(r"[A-Za-z_]+", s)
            fw = first.group(0).lower() if first else ""
            if fw in ("perl", "write_file", "append_file"):
                block_end = "EOF"
                continue
            if s in ("{", "}") or s.startswith("}") or fw in ("if", "while") and s.endswith("{"):
                continue
            if fw in MYSQLTEST_COMMANDS and not re.match(r"(end|query|output)\s*$", low):
                # consume up to the delimiter
                while not s.endswith(delim) and i < len(lines) and not s.endswith("{"):
                    s = lines[i].strip()
                    i += 1
                continue
            buf_line = i
        buf.append(raw)
        if s.endswith(delim):
            stmt = "\n".join(buf).rstrip()
            stmt = stmt[: len(stmt) - len(delim)].strip()
            buf = []
            if delim == ";":
                for off, part in split_sql(stmt, "mariadb"):
                    out.append((buf_line + off - 1, part))
            elif stmt:
                out.append((buf_line, stmt))
    return out


TCL_SQL = re.compile(r"""(?:\bexecsql2?|\bcatchsql|\bdb\s+eval|\bdo_execsql_test\s+\S+|\bdo_catchsql_test\s+\S+
                          |\bdo_eqp_test\s+\S+)\s*\{""", re.X)


def sqlite_statements(text):
    """Tcl test file: the SQL inside execsql/catchsql/db eval/do_execsql_test braces."""
    out = []
    for m in TCL_SQL.finditer(text):
        i = m.end()
        depth = 1
        j = i
        while j < len(text) and depth:
            if text[j] == "\\":
                j += 2
                continue
            if text[j] == "{":
                depth += 1
            elif text[j] == "}":
                depth -= 1
            j += 1
        body = text[i: j - 1]
        base = text.count("\n", 0, i) + 1
        for off, part in split_sql(body, "sqlite"):
            out.append((base + off - 1, part))
    return out


# ---------------------------------------------------------------- setup (what a statement references)

IDENT = re.compile(r'"((?:[^"]|"")+)"|`((?:[^`]|``)+)`|\[([^\]]+)\]|([A-Za-z_][\w$]*)')
CREATES = re.compile(
    r"""^CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP\s+|TEMPORARY\s+|UNLOGGED\s+|VIRTUAL\s+)?
        (?:ALGORITHM\s*=\s*\w+\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:SQL\s+SECURITY\s+\w+\s+)?
        (?:TABLE|VIEW|MATERIALIZED\s+VIEW|RECURSIVE\s+VIEW|SEQUENCE|TYPE|DOMAIN|TRIGGER|(?:UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX)
        \s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?((?:[\w"`\[\]]+\s*\.\s*)?[\w"`\[\]]+)""", re.I | re.X)
ALTERS = re.compile(r"^ALTER\s+(?:ONLINE\s+|IGNORE\s+)?(?:TABLE|INDEX|SEQUENCE|VIEW|MATERIALIZED\s+VIEW|TYPE|DOMAIN)"
                    r"\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?((?:[\w\"`]+\s*\.\s*)?[\w\"`]+)", re.I)
RENAME_TO = re.compile(r"\bRENAME\s+(?:TO|AS)\s+((?:[\w\"`]+\s*\.\s*)?[\w\"`]+)\s*$", re.I)
DROPS = re.compile(r"^DROP\s+(?:TEMPORARY\s+)?(?:TABLE|INDEX|VIEW|MATERIALIZED\s+VIEW|SEQUENCE|TYPE|DOMAIN|TRIGGER)"
                   r"\s+(?:CONCURRENTLY\s+)?(?:IF\s+EXISTS\s+)?(.*)$", re.I | re.S)
RENAME_TABLE = re.compile(r"^RENAME\s+TABLE\s+(.*)$", re.I | re.S)


def norm(name):
    name = name.split(".")[-1].strip()
    return name.strip('"`[]').lower()


def words(stmt):
    return {norm(next(g for g in m.groups() if g)) for m in IDENT.finditer(stmt)}


class Scope:
    """The objects a test file has created so far (name -> statements that created and altered it)."""

    def __init__(self):
        self.live = {}

    def setup_for(self, stmt, own):
        refs = words(stmt) - own
        chosen, seen = set(), set()
        todo = list(refs)
        while todo:
            w = todo.pop()
            if w in seen or w not in self.live:
                continue
            seen.add(w)
            for idx, s in self.live[w]:
                if idx not in chosen:
                    chosen.add(idx)
                    todo.extend(words(s) - seen)
        return chosen

    def record(self, idx, stmt):
        m = CREATES.match(stmt)
        if m:
            self.live[norm(m.group(1))] = [(idx, stmt)]
            return {norm(m.group(1))}
        m = ALTERS.match(stmt)
        if m:
            name = norm(m.group(1))
            if name in self.live:
                self.live[name].append((idx, stmt))
                r = RENAME_TO.search(stmt)
                if r and stmt.upper().startswith("ALTER TABLE"):
                    self.live[norm(r.group(1))] = self.live.pop(name)
            return set()
        m = DROPS.match(stmt)
        if m:
            for part in re.split(r",", re.sub(r"\b(CASCADE|RESTRICT)\b|\bON\s+\S+", "", m.group(1), flags=re.I)):
                if part.strip():
                    self.live.pop(norm(part.strip()), None)
            return set()
        m = RENAME_TABLE.match(stmt)
        if m:
            for pair in m.group(1).split(","):
                ab = re.split(r"\s+TO\s+", pair.strip(), flags=re.I)
                if len(ab) == 2 and norm(ab[0]) in self.live:
                    self.live[norm(ab[1])] = self.live.pop(norm(ab[0])) + [(idx, stmt)]
        return set()


def own_names(stmt):
    m = CREATES.match(stmt)
    return {norm(m.group(1))} if m else set()


# ---------------------------------------------------------------- what a suite defines itself

# A function, type, collation, operator class or module that a suite's own cases (or its test harness) create is a
# user object: an engine that lacks it lacks an object, not a feature. AcceptanceHarvester labels an error naming one
# "missing" (excluded) instead of "unsupported"; a builtin of another dialect (IFNULL on PostgreSQL) stays a rejection.
SQL_DEFINES = re.compile(
    r"""\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:AGGREGATE\s+)?
        (FUNCTION|PROCEDURE|AGGREGATE|TYPE|DOMAIN|COLLATION|OPERATOR\s+CLASS|OPERATOR\s+FAMILY|ACCESS\s+METHOD)
        \s+(?:IF\s+NOT\s+EXISTS\s+)?((?:[\w"`]+\s*\.\s*)?[\w"`]+)""", re.I | re.X)
# SQLite's testfixture: Tcl `db func NAME`, `db collate NAME`; C registrations in src/test*.c and ext/misc/*.c
TCL_DEFINES = re.compile(r"^[ \t]*\$?db\w*\s+(func|function|collate)\s+(?:-\w+\s+(?:\d+\s+)?)*([A-Za-z_]\w*)", re.M)
C_DEFINES = re.compile(r"""sqlite3_create_(function|function16|function_v2|window_function|collation|collation_v2|module|module_v2)
                           \s*\(\s*\w+\s*,\s*"([A-Za-z_]\w*)\"""", re.X)
C_TABLE_ENTRY = re.compile(r'^\s*\{\s*"([A-Za-z_]\w*)"\s*,\s*-?\d+\s*,', re.M)
LDML_COLLATION = re.compile(r'<collation\s+name="([^"]+)"')
KINDS = {"function": "function", "procedure": "function", "aggregate": "function", "func": "function",
         "function16": "function", "function_v2": "function", "window_function": "function",
         "type": "type", "domain": "type", "collation": "collation", "collate": "collation", "collation_v2": "collation",
         "operator class": "operator class", "operator family": "operator class", "access method": "access method",
         "module": "module", "module_v2": "module"}


def suite_definitions(source, gitdir, root):
    """What a suite creates somewhere in its own test files or test harness, as "KIND NAME" (kind: function, type,
    collation, operator class, access method, module; the name in lower case, without schema)."""
    names = set()

    def scan(path, kinded=(), functions=(), collations=()):
        text = git_show(gitdir, path)
        for pat in kinded:
            for m in pat.finditer(text):
                names.add(KINDS[re.sub(r"\s+", " ", m.group(1).lower())] + " " + norm(m.group(2)))
        for pat, kind in [(p, "function") for p in functions] + [(p, "collation") for p in collations]:
            for m in pat.finditer(text):
                names.add(kind + " " + norm(m.group(1)))

    if source == "postgresql-regress":
        for path in git_ls(gitdir, root):
            if path.endswith(".sql"):
                scan(path, kinded=[SQL_DEFINES])
    elif source == "mariadb-mysql-test":
        base = root.rsplit("/", 1)[0]  # mysql-test
        for path in git_ls(gitdir, base):
            if path.endswith((".test", ".inc")):
                scan(path, kinded=[SQL_DEFINES])
            elif path.startswith(base + "/std_data/") and path.endswith(".xml"):
                scan(path, collations=[LDML_COLLATION])  # the collations the test server loads (--character-sets-dir)
    elif source == "sqlite-test":
        for path in git_ls(gitdir, root):
            if path.endswith((".test", ".tcl")):
                scan(path, kinded=[TCL_DEFINES, C_DEFINES])
        for path in git_ls(gitdir, "src") + git_ls(gitdir, "ext/misc"):
            if re.search(r"(^src/test\w*\.c|^ext/misc/\w+\.c)$", path):
                scan(path, kinded=[C_DEFINES], functions=[C_TABLE_ENTRY] if path.startswith("src/test") else [])
    return sorted(names)


# ---------------------------------------------------------------- main

def harvest(source, gitdir, root, pattern, reader, skip):
    cases = []
    for path in git_ls(gitdir, root):
        if not re.search(pattern, path) or skip(path):
            continue
        stmts = reader(git_show(gitdir, path))
        scope = Scope()
        texts = []
        for line, raw in stmts:
            stmt = strip_comments(raw)
            idx = len(texts)
            texts.append(stmt)
            if not stmt or not MIGRATION.match(stmt) or UNSAFE.search(stmt) or len(stmt) > MAX_LEN:
                continue
            setup_idx = scope.setup_for(stmt, own_names(stmt))
            setup = [texts[k] for k in sorted(setup_idx)]
            if len(setup) <= 25 and not any(UNSAFE.search(s) for s in setup):
                cases.append({"source": source, "origin": f"{path}:{line}", "setup": setup, "sql": stmt})
            scope.record(idx, stmt)
    return cases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-source", type=int, default=2200)
    ap.add_argument("--postgresql")
    ap.add_argument("--mariadb")
    ap.add_argument("--sqlite")
    ap.add_argument("--defined-out", help="writes what each suite creates itself (JSON: source -> [\"KIND NAME\"])")
    a = ap.parse_args()
    plans = []
    if a.postgresql:
        g, p = a.postgresql.split(":", 1)
        plans.append(("postgresql-regress", g, p, r"\.sql$", postgresql_statements, lambda f: False))
    if a.mariadb:
        g, p = a.mariadb.split(":", 1)
        plans.append(("mariadb-mysql-test", g, p, r"\.test$", mariadb_statements,
                      lambda f: re.search(r"(rpl|binlog|innodb|partition_|ndb|perfschema|wsrep|galera|_debug|"
                                          r"grant|connect|mysqldump|ps_|sp-|sp_|repair|backup|kill|lock|"
                                          r"flush|plugin|events?_|event|handler|xa|log_|crash)", f) is not None))
    if a.sqlite:
        g, p = a.sqlite.split(":", 1)
        plans.append(("sqlite-test", g, p, r"\.test$", sqlite_statements,
                      lambda f: re.search(r"(sqlcipher|crypto|codec|malloc|ioerr|fault|crash|corrupt|fuzz|"
                                          r"thread|wal|lock|shared|backup|vtab|fts|rtree|session|journal|"
                                          r"attach|pager|mmap|tkt|zipfile|incrblob|speed)", f) is not None))
    seen = set()
    total = 0
    with open(a.out, "w", encoding="utf-8") as out:
        for source, g, p, pat, reader, skip in plans:
            cases = harvest(source, g, p, pat, reader, skip)
            uniq = []
            for c in cases:
                key = re.sub(r"\s+", " ", c["sql"]).strip().lower()
                if key in seen:
                    continue
                seen.add(key)
                c["id"] = hashlib.sha256(key.encode()).hexdigest()[:16]
                uniq.append(c)
            uniq.sort(key=lambda c: c["id"])  # a fixed sample: the statements with the lowest hashes
            # suites insert far more rows than migrations do: DML is at most a quarter of a source's sample
            dml = [c for c in uniq if DML.match(c["sql"])][: a.per_source // 4]
            ddl = [c for c in uniq if not DML.match(c["sql"])][: a.per_source - len(dml)]
            kept = sorted(dml + ddl, key=lambda c: c["id"])
            for c in kept:
                out.write(json.dumps(c, ensure_ascii=False) + "\n")
                total += 1
            print(f"{source}: {len(cases)} statements, {len(uniq)} distinct, {len(kept)} kept", file=sys.stderr)
    print(f"{total} candidates -> {a.out}", file=sys.stderr)
    if a.defined_out:
        defined = {source: suite_definitions(source, g, p) for source, g, p, *_ in plans}
        with open(a.defined_out, "w", encoding="utf-8") as out:
            json.dump(defined, out, indent=1, sort_keys=True)
        print(", ".join(f"{s}: {len(n)} names defined" for s, n in defined.items()) + f" -> {a.defined_out}", file=sys.stderr)


if __name__ == "__main__":
    main()
