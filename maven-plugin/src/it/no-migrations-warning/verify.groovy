def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Dialectic: no migrations found in classpath:db/shop (the Flyway settings in '
        + 'src/main/resources/application.properties); nothing was linted. Looked in: src/main/resources/db/shop; for Flyway settings in: flyway.conf, flyway.toml, ')
assert log.contains('src/main/resources/application.yml')
assert !log.contains('[INFO] Dialectic: no migrations found')
return true
