def log = new File(basedir, 'build.log').text
def sql = new File(basedir, 'src/main/resources/db/migration/V1__instances.sql').canonicalPath

// the finding, in the clickable path:line:col shape, at ERROR level (the column is the core's business)
def finding = java.util.regex.Pattern.quote("[ERROR] ${sql}:2:") + /\d+/ + java.util.regex.Pattern.quote(
        " [nullable-unique-key] UNIQUE constraint on instances includes nullable column uuid (db2: rejected)")
assert log =~ finding
// the one-line failure summary names the count and the report
def report = new File(basedir, 'target/dialectic/dialectic.txt')
assert log.contains("Dialectic found 1 finding at or above error (1 error, 0 warnings, 0 info); report: ${report.canonicalPath}")
assert report.isFile()
assert report.text =~ /(?m)^src\/main\/resources\/db\/migration\/V1__instances\.sql:2:\d+: error: \[nullable-unique-key\]/
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dialectic/dialectic.json'))
assert json.findings.size() == 1
assert json.findings[0].rule == 'nullable-unique-key'
assert json.findings[0].file == 'src/main/resources/db/migration/V1__instances.sql'
assert json.targets == ['postgresql:18', 'db2:12.1']
return true
