def log = new File(basedir, 'build.log').text
def sql = new File(basedir, 'sql/V1__instances.sql').canonicalPath
// everything below comes from dialectic.toml: the location, the targets, the severity, the disabled rule, fail-on
assert log.contains('Dialectic: linting 1 migration file in filesystem:' + new File(basedir, 'sql').canonicalPath
        + ' (dialectic.toml); targets: postgresql:16, db2:12.1')
assert log =~ (java.util.regex.Pattern.quote("[WARNING] ${sql}:2:") + /\d+ \[nullable-unique-key\]/)
assert !log.contains('[alter-form-unsupported]')
// invocation 1 failed on the warning (fail-on = "warning"); invocation 2's -Ddialectic.failOn=never overrode it
assert log.contains('Dialectic found 1 finding at or above warning (0 errors, 1 warning, 0 info); report: ')
assert log.contains('Dialectic: 1 finding (0 errors, 1 warning, 0 info; failOn is never)')
// invocation 3: Spring profiles where the migrations come from dialectic.toml are said to be unused
assert log.contains("[WARNING] Dialectic: profiles [prod] not used: the migrations come from dialectic.toml, not from "
        + "Spring Boot's application-<profile> settings")
// invocation 4: Liquibase contexts where no changelog is linted are said to be unused
assert log.contains('[WARNING] Dialectic: contexts not used: no Liquibase changelog is linted')

// the command line, run in the project directory with no arguments, reads the same file and finds the same
def cli = new File(basedir, '../../../../cli/target/dialectic.jar').canonicalFile
assert cli.isFile() : "the command line's jar is built before the plugin's ITs run: ${cli}"
def java = new File(System.getProperty('java.home'), 'bin/java').path
def proc = [java, '-jar', cli.path, 'lint', '--no-cache'].execute(null, basedir)
def out = new StringBuilder(), err = new StringBuilder()
proc.waitForProcessOutput(out, err)
assert proc.exitValue() == 1 : "fail-on warning from dialectic.toml: ${out} ${err}"
def lines = out.toString().readLines()
assert lines.size() == 2 : out
assert lines[0] ==~ (java.util.regex.Pattern.quote("${sql}:2:") + /\d+: warning: \[nullable-unique-key\] .*\(db2: rejected\)/)
assert lines[1] == '1 finding (0 errors, 1 warning, 0 info) in 1 file, 3 statements (0 unparsed); targets: postgresql:16, db2:12.1'
return true
