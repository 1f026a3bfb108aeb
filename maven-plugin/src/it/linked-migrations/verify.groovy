def log = new File(basedir, 'build.log').text
// both migrations found through the links, each once (the link back to its own folder is not entered)
assert log.contains('Dialectic: linting 2 migration files in src/main/resources/db/migration (the default location)')
assert log =~ /\[ERROR\] .*db\/migration\/V1__instances\.sql:2:\d+ \[nullable-unique-key\]/
assert log =~ /\[ERROR\] .*db\/migration\/more\/V2__devices\.sql:2:\d+ \[nullable-unique-key\]/
assert log.contains('Dialectic found 2 findings at or above error (2 errors, 0 warnings, 0 info)')
assert !log.contains('no migrations found')
return true
