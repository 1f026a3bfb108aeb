def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/db/migration').canonicalPath
// the same prechecks as `dialectic lint --jdbc` on the example (cli LiveLintTest), logged at ERROR
assert log.contains("[ERROR] ${migrations}/V2__instance_uuid_unique.sql:3:1 [data-precheck] UNIQUE (uuid) on instances:"
        + ' 1 duplicate group (uuid=6f1c3a52-0004-4c1e-9a10-000000000004, rows=2)')
assert log.contains("[ERROR] ${migrations}/V6__instance_uuid_not_null.sql:4:1 [data-precheck] uuid NOT NULL on instances:"
        + ' 3 rows have a NULL (id=2; id=3; id=6)')
assert log.contains("[ERROR] ${migrations}/V5__instances_task_state.sql:2:1 [data-precheck] task_state NOT NULL without a"
        + ' default on instances: 6 rows have a NULL')
assert !log.contains('V1__create_instances.sql:'), 'V1 is applied: not linted'
assert log.contains('Dialectic: database jdbc:sqlite:')
assert log.contains(' as dialectic-it (server dialectic-it-db): the pending migrations among 6 migration files')
// invocation 1 fails on the errors, invocation 2 (failOn=never) passes
assert log =~ /Dialectic found \d+ findings at or above error \(\d+ errors/
assert log =~ /Dialectic: \d+ findings \(\d+ errors, \d+ warnings?, \d+ info; failOn is never\) in 5 files/
// invocation 3: an unknown server is named with those there are
assert log.contains("Dialectic: no <server> with id 'no-such-server' in settings.xml (it has: dialectic-it-db, dialectic-it-pg)")
// invocation 4: a password in the url is refused, and not echoed
assert log.contains('Dialectic: the url jdbc:sqlite:target/nova.db?... carries a password')
assert !log.contains('in-the-url')
// invocation 5: placeholders the live check would leave unreplaced are refused, not skipped
assert log.contains('Dialectic: dialectic:precheck checks the pending migrations as plain SQL files and does not apply '
        + 'placeholders (schema) yet; ')
// the password of the server is in no line, not even at -X (invocation 2)
assert log.contains('[DEBUG]')
assert !log.contains('it-password-never-logged')
// reports in a folder of their own
def json = new File(basedir, 'target/dialectic/precheck/dialectic.json')
assert json.isFile()
assert json.text.contains('"data-precheck"')
assert !new File(basedir, 'target/dialectic/dialectic.json').exists()
return true
