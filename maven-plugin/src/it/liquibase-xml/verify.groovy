def log = new File(basedir, 'build.log').text
assert log.contains('Dialectic: linting the Liquibase changelog src/main/resources/db/changelog/db.changelog-master.xml (the liquibase-maven-plugin configuration)')
// the Db2 problem, located at its changeset in the included changelog
def included = new File(basedir, 'src/main/resources/db/changelog/changes/001-customers.xml').canonicalPath
assert log.contains("[ERROR] ${included}:8:5 [nullable-unique-key] UNIQUE constraint on customers includes nullable column code (changeset 1::alice) (db2: rejected)")
// changeset 2 is dbms="postgresql": linted for PostgreSQL only, so no engine rejects its expression index
def master = new File(basedir, 'src/main/resources/db/changelog/db.changelog-master.xml').canonicalPath
def two = log.readLines().findAll { it.contains("${master}:11:") }
assert !two.isEmpty()
assert two.every { !it.contains('mysql:') && !it.contains('mariadb:') && !it.contains('sqlite:') && !it.contains('db2:') }
assert log.contains('Dialectic found ')
return true
