def name = new File(basedir, 'target/scratch-database.txt').text.trim()
try {
    def log = new File(basedir, 'build.log').text
    def migrations = new File(basedir, 'src/main/resources/db/migration').canonicalPath
    assert log.contains("Dialectic: database jdbc:postgresql://")
    assert log.contains("/${name} as postgres (server dialectic-it-pg): the pending migrations among 6 migration files")
    assert log.contains("[ERROR] ${migrations}/V2__instance_uuid_unique.sql:3:1 [data-precheck] UNIQUE (uuid) on"
            + " public.instances: 1 duplicate group (uuid=u-4, rows=2)")
    assert log.contains("[ERROR] ${migrations}/V6__instance_uuid_not_null.sql:4:1 [data-precheck] uuid NOT NULL on"
            + ' public.instances: 3 rows have a NULL (id=2; id=3; id=6)')
    // a costly finding sized with the live table
    assert log =~ /\[(WARNING|ERROR)\] .*V6__instance_uuid_not_null\.sql:\d+:\d+ \[[a-z-]+\] .*; instances has about 6 rows/
    assert !log.contains('V1__create_instances.sql:'), 'V1 is applied: not linted'
    assert !log.contains('it-password-never-logged')
    assert new File(basedir, 'target/dialectic/precheck/dialectic.json').text.contains('"data-precheck"')
} finally {
    def admin = System.getenv('DIALECTIC_PG_URL') ?: 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres'
    def c = new org.postgresql.Driver().connect(admin, new Properties())
    try {
        c.createStatement().execute("DROP DATABASE IF EXISTS ${name}".toString())
    } finally {
        c.close()
    }
}
return true
