// Run by dialectic-junit's build (maven-invoker-plugin): the example must fail, and say why, per finding.
def log = new File(basedir, "build.log").text.readLines().findAll { !it.contains("Download") && !it.startsWith("    at ") }.join("\n")
assert log.contains('Dialectic: ')
assert log.contains('rejected by a target in ../nova-uuid (targets: mariadb:12.3, db2:12.1)')
assert log =~ /\.\.\/nova-uuid\/V2__instance_uuid_unique\.sql:3:27: error: \[nullable-unique-key\] UNIQUE constraint on instances includes nullable column uuid \(db2: rejected\)/

def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-example.NovaMigrationsTest.xml'))
// surefire writes the IDE's tree flat: the migration file as classname, the engine as name
def cases = xml.testcase.collect { [file: it.@classname.text(), engine: it.@name.text(), failed: !it.failure.isEmpty() || !it.error.isEmpty()] }
// 6 migrations x 2 engines, and the plain assertion
assert cases.size() == 13 : cases
def v2db2 = cases.find { it.file == 'V2__instance_uuid_unique.sql' && it.engine == 'db2:12.1' }
assert v2db2 != null && v2db2.failed : cases
def v2maria = cases.find { it.file == 'V2__instance_uuid_unique.sql' && it.engine == 'mariadb:12.3' }
assert v2maria != null && !v2maria.failed : cases

// The README shows this run: its failure text lines as they are in the log (only the times differ), and the test tree
// rendered here from the JUnit XML. Both are checked, so the README cannot drift from what the example prints.
def readme = new File(basedir, '../../README.md').text
def block = { String marker ->
    def at = readme.indexOf(marker)
    assert at >= 0 : "README lost the marker ${marker}"
    def open = readme.indexOf('```\n', at) + 4
    readme.substring(open, readme.indexOf('```\n', open))
}
def untimed = { String text -> text.replaceAll(/Time elapsed: [0-9.]+ s/, 'Time elapsed: _ s') }
def fullLog = untimed(new File(basedir, 'build.log').text)
block('<!-- junit-example: failure text -->').readLines().findAll { it != '...' }.each { line ->
    assert fullLog.contains(untimed(line)) : "README line not in the example's output: ${line}"
}

def rulesOf = { tc ->
    def message = tc.failure.isEmpty() ? '' : tc.failure.@message.text()
    def ids = (message =~ /: (?:error|warning|info): \[([a-z0-9-]+)\]/).collect { it[1] }
    ids.countBy { it }.collect { id, n -> n == 1 ? id : "${id} x${n}" }.join(', ')
}
def tree = new StringBuilder()
xml.testcase.groupBy { it.@classname.text() }.each { container, tests ->
    tree << container << '\n'
    tests.each { tc ->
        def failed = !tc.failure.isEmpty() || !tc.error.isEmpty()
        tree << '  ' << (failed ? 'FAILED ' : 'passed ') << tc.@name.text() << (failed ? '  ' + rulesOf(tc) : '') << '\n'
    }
}
new File(basedir, 'target/ide-tree.txt').text = tree.toString()
assert block('<!-- junit-example: test tree -->') == tree.toString() : "README's tree differs from target/ide-tree.txt:\n${tree}"
return true
