def log = new File(basedir, 'build.log').text
def res = new File(basedir, 'src/main/resources/db/shop')

// the locations came from Spring Boot's settings, the base file and the active profile's
assert log.contains('Dialectic: linting 4 migration files in classpath:db/shop/common, classpath:db/shop/{vendor} '
        + '(the Flyway settings in src/main/resources/application.properties, src/main/resources/application-prod.yml)')
assert log.contains("each engine's set against that engine: mysql (mysql:8.4): 2 files, 1 common + 1 own; "
        + 'mariadb (mariadb:10.11): 2 files, 1 common + 1 own; postgresql (postgresql:15): 2 files, 1 common + 1 own')
assert log.contains('placeholders: audit_table, default_status')

// the one real problem: MySQL refuses a literal default on TEXT; the same file in the MariaDB folder is fine there
def mysql = new File(res, 'mysql/V2__orders.sql').canonicalPath
assert log.contains("[ERROR] ${mysql}:8:31 [lob-default-or-index] orders.note is TEXT with DEFAULT '': MySQL refuses "
        + 'a literal default on BLOB, TEXT and JSON columns (ERROR 1101) (mysql: rejected)')
assert log.contains('Dialectic found 1 finding at or above error (1 error, 1 warning, 0 info)')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dialectic/dialectic.json'))
assert json.targets == ['mysql:8.4', 'mariadb:10.11', 'postgresql:15']
assert json.summary.files == 4
assert json.summary.unparsed == 0 // ${audit_table}, ${default_status} and ${flyway:filename} were replaced
// no cross-engine false rejection: each vendor file is judged by its own engine only
json.findings.each { f ->
    ['postgresql', 'mysql', 'mariadb'].each { vendor ->
        if (f.file.startsWith("src/main/resources/db/shop/${vendor}/")) {
            assert f.engines.keySet().every { it == vendor || (f.rule == 'vendor-set-drift') }: f
        }
    }
}
assert json.findings.findAll { it.severity == 'error' }*.rule == ['lob-default-or-index']
// the column only the MySQL and MariaDB folders add is drift, named with the sets
def drift = json.findings.find { it.rule == 'vendor-set-drift' }
assert drift.file == 'src/main/resources/db/shop/mysql/V2__orders.sql'
assert drift.message == 'column orders.note exists after the mysql, mariadb migrations but not after the postgresql ones'
assert drift.engines == [postgresql: 'different']
return true
