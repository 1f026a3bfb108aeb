def log = new File(basedir, 'build.log').text
assert log.contains('Dialectic: linting 2 migration files in src/main/resources/db/migration (the default location)')
assert log.contains('Dialectic: no findings in 2 files, 2 statements (0 unparsed)')
assert !log.contains('[ERROR]')
assert new File(basedir, 'target/dialectic/dialectic.txt').isFile()
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dialectic/dialectic.json'))
assert json.findings == []
assert json.summary.files == 2
return true
