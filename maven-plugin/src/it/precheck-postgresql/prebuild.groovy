// A scratch database of its own (unique name, dropped by verify.groovy): Nova with V1 applied and recorded by Flyway,
// NULL uuids on old rows and a duplicate uuid; the example's migrations copied into the project
import io.github.dialectic.live.FlywayHistory

def admin = System.getenv('DIALECTIC_PG_URL') ?: 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres'
def name = 'dl_it_' + UUID.randomUUID().toString().replace('-', '').substring(0, 12)
def driver = new org.postgresql.Driver() // the driver itself: DriverManager may not see the hooks' class loader
def run = { String url, List<String> statements ->
    def c = driver.connect(url, new Properties())
    try {
        statements.each { c.createStatement().execute(it) }
    } finally {
        c.close()
    }
}
run(admin, ["CREATE DATABASE ${name}".toString()])
new File(basedir, 'target').mkdirs()
new File(basedir, 'target/scratch-database.txt').text = name

def root = new File(basedir, '../../../..').canonicalFile
def example = new File(root, 'examples/nova-uuid')
def migrations = new File(basedir, 'src/main/resources/db/migration')
migrations.mkdirs()
example.eachFileMatch(~/V.*\.sql/) { f -> new File(migrations, f.name).bytes = f.bytes }
def v1 = new File(example, 'V1__create_instances.sql').getText('UTF-8')

def url = admin.replaceFirst('(//[^/]+/)[^?]*', '$1' + name)
run(url, [
        // V1 as PostgreSQL spells it (the file is MySQL's); what the history records is the file's checksum
        'CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, hostname VARCHAR(255), uuid VARCHAR(36),'
                + ' created_at TIMESTAMP, deleted_at TIMESTAMP, deleted INTEGER DEFAULT 0)',
        'CREATE INDEX ix_deleted ON instances (deleted)',
        "INSERT INTO instances (id, hostname, uuid, deleted) VALUES (1, 'compute-1', 'u-1', 0), (2, 'compute-2', NULL, 1),"
                + " (3, 'compute-3', NULL, 1), (4, 'compute-4', 'u-4', 0), (5, 'compute-5', 'u-4', 0), (6, 'compute-6', NULL, 0)",
        'CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50),'
                + ' description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL,'
                + ' checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT now(),'
                + ' execution_time INT NOT NULL, success BOOLEAN NOT NULL)',
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                + " execution_time, success) VALUES (1, '1', 'create instances', 'SQL', 'V1__create_instances.sql', "
                + FlywayHistory.checksum(v1) + ", 'it', 1, TRUE)"])
// the URL names no password: the user and password come from the server in settings.xml
context.userProperties.put('dialectic.url', url.replaceFirst('\\?.*', ''))
return true
