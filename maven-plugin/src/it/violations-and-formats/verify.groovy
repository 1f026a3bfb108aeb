import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// invoker keeps one build.log for all invocations: split it at each Maven start
def runs = new File(basedir, 'build.log').text.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }
assert runs.size() == 4 : runs.size()

// 1: two violations, two allowed
assert runs[0].contains('Dialectic: 2 findings (2 errors, 0 warnings, 0 info; 2 at or above error, not failing: maxAllowedViolations is 2)')
assert runs[0].contains('BUILD SUCCESS')
def dir = new File(basedir, 'target/dialectic')
def files = ['dialectic.txt', 'dialectic.json', 'dialectic.sarif', 'dialectic-junit.xml', 'dialectic-checkstyle.xml',
             'dialectic-github.txt', 'dialectic.html']
files.each { assert new File(dir, it).isFile() : it }
def json = new JsonSlurper().parse(new File(dir, 'dialectic.json'))
assert json.findings*.file == ['src/main/resources/db/migration/V1__instances.sql', 'src/main/resources/db/migration/V2__devices.sql']
def sarif = new JsonSlurper().parse(new File(dir, 'dialectic.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId == ['nullable-unique-key', 'nullable-unique-key']
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/resources/db/migration/V1__instances.sql'
def checkstyle = new XmlSlurper().parse(new File(dir, 'dialectic-checkstyle.xml'))
assert checkstyle.file.collect { it.@name.text() }.containsAll(['src/main/resources/db/migration/V1__instances.sql', 'src/main/resources/db/migration/V2__devices.sql'])
// JUnit XML: every migration, the clean one too, named as the findings are (relative), on each target
def junit = new XmlSlurper().parse(new File(dir, 'dialectic-junit.xml'))
def suites = junit.'**'.findAll { it.name() == 'testsuite' }.collect { it.@name.text() }
assert suites == ['src/main/resources/db/migration/V1__instances.sql', 'src/main/resources/db/migration/V2__devices.sql',
                  'src/main/resources/db/migration/V3__clean.sql'] : suites
def github = new File(dir, 'dialectic-github.txt').readLines()
assert github.findAll { it.startsWith('::error file=src/main/resources/db/migration/V') }.size() == 2 : github
def html = new File(dir, 'dialectic.html').text
assert html.contains('V3__clean.sql') && !html.contains(basedir.canonicalPath + '/src') : 'HTML rows named by absolute path'

// 2: one allowed
assert runs[1].contains('Dialectic found 2 findings at or above error, more than maxAllowedViolations (1) (2 errors, 0 warnings, 0 info)')
assert runs[1].contains('BUILD FAILURE')

// 3: failOnViolation=false
assert runs[2].contains('Dialectic: 2 findings (2 errors, 0 warnings, 0 info; 2 at or above error, not failing: failOnViolation is false)')
assert runs[2].contains('BUILD SUCCESS')

// 4: configuration error before any lint
assert runs[3].contains('Invalid dialectic.maxAllowedViolations -1; valid values: 0 or more')
assert !runs[3].contains('Dialectic: linting')
return true
