// The example's database and migrations, from the repository's examples (maven-plugin/target/it/<this> -> root)
def root = new File(basedir, '../../../..').canonicalFile
def example = new File(root, 'examples/nova-uuid')
def migrations = new File(basedir, 'src/main/resources/db/migration')
migrations.mkdirs()
example.eachFileMatch(~/V.*\.sql/) { f -> new File(migrations, f.name).bytes = f.bytes }
io.github.dialectic.live.ExampleDatabase.main([new File(basedir, 'target/nova.db').path,
        new File(root, 'examples/nova-uuid-db/seed.sql').path, new File(example, 'V1__create_instances.sql').path] as String[])
return true
