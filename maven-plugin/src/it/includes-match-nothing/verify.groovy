def log = new File(basedir, 'build.log').text
assert log.contains('Dialectic: the includes [**/*.ddl] and excludes [] match no file in src/main/resources/db/migration (the default location, which holds 1 file); default includes: **/*.sql')
assert log.contains('MojoExecutionException')
assert !log.contains('no migrations found')
return true
