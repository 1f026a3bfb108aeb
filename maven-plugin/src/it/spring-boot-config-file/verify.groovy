def log = new File(basedir, 'build.log').text
def res = new File(basedir, 'src/main/resources/db')

// the common location from Spring Boot's settings; the engine folders, the placeholder and the targets from dialectic.toml
assert log.contains('Dialectic: linting 3 migration files in classpath:db/common, classpath:db/engines/my, '
        + 'classpath:db/engines/pg (the Flyway settings in src/main/resources/application.properties and dialectic.toml); '
        + "each engine's set against that engine: mysql (mysql:8.4): 2 files, 1 common + 1 own; "
        + 'postgresql (postgresql:15): 2 files, 1 common + 1 own; placeholders: customers, note_type')
// ${note_type} is TEXT only because dialectic.toml says so: the one real problem, MySQL's alone
def my = new File(res, 'engines/my/V2__orders.sql').canonicalPath
assert log.contains("[ERROR] ${my}:4:5 [lob-default-or-index] orders.note is TEXT with DEFAULT '': MySQL refuses "
        + 'a literal default on BLOB, TEXT and JSON columns (ERROR 1101) (mysql: rejected)')
assert log.contains('Dialectic found 1 finding at or above error (1 error, 1 warning, 0 info)')
// the sets side by side in the log too
assert log.contains('[INFO] Dialectic: set mysql (mysql:8.4): 2 files, 1 common + 1 own; 2 findings (1 error, 1 warning, 0 info)')
assert log.contains('[INFO] Dialectic: set postgresql (postgresql:15): 2 files, 1 common + 1 own; 0 findings (0 errors, 0 warnings, 0 info)')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dialectic/dialectic.json'))
assert json.targets == ['mysql:8.4', 'postgresql:15']
assert json.summary.unparsed == 0
// PostgreSQL's TEXT DEFAULT '' and TEXT[] are judged by PostgreSQL only: no cross-engine rejection
def plugin = json.findings.collect { "${it.file}:${it.line}:${it.column} ${it.rule} ${it.engines}" }
assert plugin == ['src/main/resources/db/engines/my/V2__orders.sql:4:5 lob-default-or-index [mysql:rejected]',
                  'src/main/resources/db/engines/pg/V2__orders.sql:1:1 vendor-set-drift [mysql:different]']

// the command line, run in the project directory with no arguments, reads the same dialectic.toml and Spring
// settings and finds the same
def cli = new File(basedir, '../../../../cli/target/dialectic.jar').canonicalFile
assert cli.isFile() : "the command line's jar is built before the plugin's ITs run: ${cli}"
def java = new File(System.getProperty('java.home'), 'bin/java').path
def proc = [java, '-jar', cli.path, 'lint', '--no-cache', '--format', 'json'].execute(null, basedir)
def out = new StringBuilder(), err = new StringBuilder()
proc.waitForProcessOutput(out, err)
assert proc.exitValue() == 1 : "the MySQL error fails the command line too: ${out} ${err}"
def cliJson = new groovy.json.JsonSlurper().parseText(out.toString())
def prefix = basedir.canonicalPath + '/'
assert cliJson.targets == json.targets
assert cliJson.findings.collect { "${it.file.replace(prefix, '')}:${it.line}:${it.column} ${it.rule} ${it.engines}" } == plugin
// the sets side by side, in the plugin's JSON report and the command line's alike
assert json.sets.collect { "${it.name} ${it.engine} ${it.targets} ${it.files} ${it.common} ${it.own} ${it.findings}" } == [
        'mysql mysql [mysql:8.4] 2 1 [src/main/resources/db/engines/my/V2__orders.sql] [error:1, warning:1, info:0]',
        'postgresql postgresql [postgresql:15] 2 1 [src/main/resources/db/engines/pg/V2__orders.sql] [error:0, warning:0, info:0]']
assert cliJson.sets.collect { it.findings } == json.sets.collect { it.findings }
def html = new File(basedir, 'target/dialectic/dialectic.html')
assert !html.exists() || html.text.contains('<table class="matrix sets">')
return true
