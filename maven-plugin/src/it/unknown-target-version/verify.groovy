def log = new File(basedir, 'build.log').text
assert log.contains("Invalid dialectic.targets 'db2,postgresql:19': target 'postgresql:19': unknown PostgreSQL version 19; did you mean postgresql:18?; known versions: 12-18")
// a configuration error (MojoExecutionException), not a lint failure
assert log.contains('MojoExecutionException')
assert !log.contains('Dialectic found')
return true
