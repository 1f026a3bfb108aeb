def log = new File(basedir, 'build.log').text
// started at initialize, taken at verify, linted once
def what = '1 migration file in src/main/resources/db/migration (the default location); targets: postgresql:18, db2:12.1'
def started = log.indexOf("Dialectic: linting ${what}, in the background; dialectic:check reports")
def taken = log.indexOf("Dialectic: ${what}: linted in the background since dialectic:start")
assert started >= 0 && taken > started
assert log.contains(':start (default) @ background')
assert !log.contains("Dialectic: linting ${what}\n") && !log.contains('changed since dialectic:start')
// and check reports and fails exactly as it does when it lints itself (see db2-rejected)
assert log =~ /\[ERROR\] .*V1__instances\.sql:2:\d+ \[nullable-unique-key\] UNIQUE constraint on instances includes nullable column uuid \(db2: rejected\)/
assert log.contains('Dialectic found 1 finding at or above error (1 error, 0 warnings, 0 info); report: ')
assert new File(basedir, 'target/dialectic/dialectic.json').isFile()
return true
