def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/db/migration').canonicalPath
// progress as it goes: step n of m, engine, time
assert log =~ /\[INFO\] Dialectic: step 1 of 4 on sqlite: \Q${migrations}\E\/V1__create_quotas\.sql ok [0-9.]+ ms/
assert log =~ /\[INFO\] Dialectic: step 3 of 4 on sqlite: \Q${migrations}\E\/V3__seed_limits\.sql failed [0-9.]+ ms/
// the step x engine table: V3 failed, V4 not run
assert log =~ /\[INFO\] \Q${migrations}\E\/V3__seed_limits\.sql +ERROR [0-9.]+ ms/
assert log =~ /\[INFO\] \Q${migrations}\E\/V4__usage_log\.sql +not run/
// SQLite's own error, at ERROR, located at the statement (line 2, after the comment)
assert log.contains("[ERROR] ${migrations}/V3__seed_limits.sql:2:1: sqlite: [SQLITE_ERROR] SQL error or missing database"
        + ' (table quotas has no column named hard_limit) (SQLSTATE none, code 1)')
// no rule predicted it: a gap, from the cross-check with the rules
assert log =~ /\[ERROR\] \Q${migrations}\E\/V3__seed_limits\.sql:2:1 \[engine-rejected\] SQLite 3\.[0-9.]+ rejected this statement, and no rule said it would/
// invocation 1 fails, invocation 2 (failOnError=false) reports and passes
assert log.contains('Dialectic rehearsal: an engine refused a step; 1 cross-check error; report: ')
assert log.contains('Dialectic rehearsal: an engine refused a step; 1 cross-check error (not failing: failOnError is false)')
// invocation 3: upTo=2 stops before the failing step, and shows the table as V2 left it
assert log.contains('Dialectic rehearsal: every step ran on every engine')
assert log.contains('[INFO] sqlite: table quotas')
// invocation 4: skipped
assert log.contains('Dialectic: skipped (dialectic.skip)')
// invocation 5: an engine that needs a server names the parameter to give it with
assert log.contains("Invalid dialectic.engines 'mariadb': runs on a server; give it with <jdbcUrls> URL")
// invocation 6: a password in a server's url is refused, and not echoed
assert log.contains('Dialectic: the url jdbc:mariadb://127.0.0.1:3306/test?... carries a password')
assert !log.contains('in-the-url')
// invocation 7: vendors.toml's [vendors] folder joins SQLite's set, its placeholder replaced
def own = new File(basedir, 'src/main/resources/db/sqlite').canonicalPath
assert log =~ /\[INFO\] Dialectic: step 2 of 3 on sqlite: \Q${own}\E\/V1_1__notes\.sql ok [0-9.]+ ms/
assert log.contains('[INFO] sqlite: table notes_local')
// invocation 8: without engines, those of the targets that run here: MySQL alone has none, which is an error
assert log.contains('Dialectic: none of the targets (mysql:8.4) runs here without a server: give one with jdbcUrls')
// invocation 9: targets sqlite and db2 (sqlite-db2.toml) rehearse on SQLite alone (no embedded PostgreSQL), and Db2 is named
assert log.contains('[WARNING] Dialectic: not rehearsed on db2:12.1 (it needs a server: give one with <jdbcUrls> URL): '
        + 'for that target only the static lint speaks')
assert !log.contains('on postgresql')
// the reports of the last rehearsal that ran (invocation 9)
def txt = new File(basedir, 'target/dialectic/rehearse/rehearsal.txt')
def json = new File(basedir, 'target/dialectic/rehearse/rehearsal.json')
assert txt.isFile() && json.isFile()
assert json.text.contains('"status" : "ok"')
return true
