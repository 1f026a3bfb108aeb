def log = new File(basedir, 'build.log').text
assert log.contains('Dialectic: linting 2 migration files in filesystem:sql/migrations, classpath:db/extra (the flyway-maven-plugin configuration)')
// V2 alone would not know uuid is nullable: V1 (other location) was replayed first, in Flyway order
def v2 = new File(basedir, 'src/main/resources/db/extra/V2__unique_uuid.sql').canonicalPath
assert log.contains("[ERROR] ${v2}:1:")
assert log.contains('[nullable-unique-key] UNIQUE constraint on instances includes nullable column uuid')
// the default folder is not a Flyway location here
assert !log.contains('decoy')
assert !log.contains('V3__not_a_flyway_location')
return true
