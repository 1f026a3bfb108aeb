def log = new File(basedir, 'build.log').text
assert log.contains("Invalid dialectic.targets 'db2,postgress:15': unknown engine 'postgress'; did you mean 'postgresql'?; valid engines: mysql, mariadb, postgresql, sqlite, db2")
// a configuration error (MojoExecutionException), not a lint failure
assert log.contains('MojoExecutionException')
assert !log.contains('Dialectic found')
return true
