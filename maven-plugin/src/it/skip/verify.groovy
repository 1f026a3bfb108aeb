def log = new File(basedir, 'build.log').text
assert log.contains('Dialectic: skipped (dialectic.skip)')
assert !log.contains('[nullable-unique-key]')
assert !new File(basedir, 'target/dialectic').exists()
return true
