import java.nio.file.Files
import java.nio.file.Path

// Git and the invoker's copy of this project need not keep symbolic links, so they are made here.
Path base = basedir.toPath()
def link = { Path at, Path target ->
    Files.deleteIfExists(at)
    Files.createDirectories(at.parent)
    Files.createSymbolicLink(at, target)
}
link(base.resolve('src/main/resources/db/migration'), base.resolve('shared/sql'))
link(base.resolve('shared/sql/more'), Path.of('..', 'more'))
link(base.resolve('shared/sql/again'), Path.of('.'))
return true
