import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// invocation 1: the baseline goal recorded both findings, paths relative to the project, lines as they are now
def generated = new JsonSlurper().parse(new File(basedir, 'target/generated-baseline.json'))
assert generated.findings.size() == 2
def v1 = generated.findings.find { it.file == 'src/main/resources/db/migration/V1__instances.sql' }
assert v1.rule == 'nullable-unique-key'
assert v1.line == 5
def v2 = generated.findings.find { it.file == 'src/main/resources/db/migration/V2__devices.sql' }
assert v2.rule == 'nullable-unique-key'

// the committed baseline still says line 2 for V1's finding, with the same fingerprint
def committed = new JsonSlurper().parse(new File(basedir, 'config/dialectic-baseline.json'))
assert committed.findings.size() == 1
assert committed.findings[0].line == 2
assert committed.findings[0].fingerprint == v1.fingerprint

// invocation 2: V1's finding is accepted, V2's fails the build
assert log.contains('Dialectic: 1 finding accepted by the baseline config/dialectic-baseline.json')
def devices = new File(basedir, 'src/main/resources/db/migration/V2__devices.sql').canonicalPath
assert log.contains("[ERROR] ${devices}:2:")
assert log.contains('[nullable-unique-key] UNIQUE constraint on devices includes nullable column serial (db2: rejected)')
assert !log.contains('V1__instances.sql:5:')
assert log.contains('Dialectic found 1 finding at or above error not in the baseline (1 error, 0 warnings, 0 info)')

// invocation 3: the baseline the command line wrote (same file format, same fingerprints) accepts both findings
assert log.contains('Dialectic: 2 findings accepted by the baseline config/cli-baseline.json')
assert log.contains('Dialectic: no findings not in the baseline in 2 files')
return true
