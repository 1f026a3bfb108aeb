// Run by dialectic-junit's build (maven-invoker-plugin): the example must fail, and say why, per finding.
def log = new File(basedir, "build.log").text.readLines().findAll { !it.contains("Download") && !it.startsWith("    at ") }.join("\n")
assert log.contains('Dialectic: ')
assert log.contains('rejected by a target in ../nova-uuid (targets: mariadb:11.8, db2:11.5)')
assert log =~ /\.\.\/nova-uuid\/V2__instance_uuid_unique\.sql:3:27: error: \[nullable-unique-key\] UNIQUE constraint on instances includes nullable column uuid \(db2: rejected\)/

def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-example.NovaMigrationsTest.xml'))
// surefire writes the IDE's tree flat: the migration file as classname, the engine as name
def cases = xml.testcase.collect { [file: it.@classname.text(), engine: it.@name.text(), failed: !it.failure.isEmpty() || !it.error.isEmpty()] }
// 6 migrations x 2 engines, and the plain assertion
assert cases.size() == 13 : cases
def v2db2 = cases.find { it.file == 'V2__instance_uuid_unique.sql' && it.engine == 'db2:11.5' }
assert v2db2 != null && v2db2.failed : cases
def v2maria = cases.find { it.file == 'V2__instance_uuid_unique.sql' && it.engine == 'mariadb:11.8' }
assert v2maria != null && !v2maria.failed : cases
return true
