def log = new File(basedir, 'build.log').text
def sql = new File(basedir, 'src/main/resources/db/migration/V1__instances.sql').canonicalPath
// re-graded: logged at WARNING; turned off: not reported at all
assert log =~ (java.util.regex.Pattern.quote("[WARNING] ${sql}:2:") + /\d+ \[nullable-unique-key\]/)
assert !log.contains('[alter-form-unsupported]')
// invocation 1 passed with failOn=error
assert log.contains('Dialectic: 1 finding (0 errors, 1 warning, 0 info; none at or above error) in 1 file')
// invocation 2: failOn=warning from the command line fails on it
assert log.contains('Dialectic found 1 finding at or above warning (0 errors, 1 warning, 0 info); report: ')
// formats=json: no text report
assert new File(basedir, 'target/dialectic/dialectic.json').isFile()
assert !new File(basedir, 'target/dialectic/dialectic.txt').exists()
return true
