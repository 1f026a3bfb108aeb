def log = new File(basedir, 'build.log').text
assert log.contains("Invalid dialectic.failOn 'errors'; valid values: error, warning, info, never")
// reported by start, before anything was linted
assert log.contains(':start (default) @ start-bad-fail-on')
assert !log.contains(':check (default)')
assert !log.contains('in the background')
return true
