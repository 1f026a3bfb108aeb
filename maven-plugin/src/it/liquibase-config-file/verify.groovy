def log = new File(basedir, 'build.log').text
// the changelog, its contexts and the targets come from dialectic.toml alone
assert log.contains('Dialectic: linting the Liquibase changelog src/main/resources/db/main.xml (dialectic.toml); '
        + 'targets: postgresql:16, db2:12.1')
def included = new File(basedir, 'src/main/resources/db/changes/001-accounts.xml').canonicalPath
assert log.contains("[ERROR] ${included}:8:5 [nullable-unique-key] UNIQUE constraint on accounts includes nullable "
        + 'column email (changeset 1::alice) (db2: rejected)')
// contexts = "prod": the test-data changeset (a second nullable UNIQUE) is not linted
assert !log.contains('accounts_nickname_uq') && !log.contains('nickname')
assert log.contains('Dialectic found 1 finding at or above error (1 error, 0 warnings, 0 info)')

// the command line, run in the project directory with no arguments, reads the same file and finds the same
def cli = new File(basedir, '../../../../cli/target/dialectic.jar').canonicalFile
assert cli.isFile() : "the command line's jar is built before the plugin's ITs run: ${cli}"
def java = new File(System.getProperty('java.home'), 'bin/java').path
def proc = [java, '-jar', cli.path, 'lint', '--no-cache'].execute(null, basedir)
def out = new StringBuilder(), err = new StringBuilder()
proc.waitForProcessOutput(out, err)
assert proc.exitValue() == 1 : "the Db2 error fails the command line too: ${out} ${err}"
assert out.toString().readLines() == [
        "${included}:8:5: error: [nullable-unique-key] UNIQUE constraint on accounts includes nullable column email "
                + '(changeset 1::alice) (db2: rejected)',
        '1 finding (1 error, 0 warnings, 0 info) in 2 files, 2 statements (0 unparsed); targets: postgresql:16, db2:12.1']
return true
