package io.github.dialectic.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLocatorTest {

    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "SELECT 1;");
        return p;
    }

    private List<String> names(List<Path> paths) {
        return paths.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void flywayOrder() throws Exception {
        for (String f : List.of("V1_10__ten.sql", "V1_9__nine.sql", "V2__two.sql", "V1.1__one_one.sql",
                "V1__init.sql", "R__views.sql", "R__a_functions.sql", "10_x.sql", "2_x.sql", "sub/V1.2__sub.sql",
                "U2__undo_two.sql", "notes.txt", "v3__lowercase.sql")) {
            touch(f);
        }
        assertEquals(List.of("V1__init.sql", "V1.1__one_one.sql", "sub/V1.2__sub.sql", "V1_9__nine.sql",
                "V1_10__ten.sql", "V2__two.sql", "R__a_functions.sql", "R__views.sql", "2_x.sql", "10_x.sql",
                "v3__lowercase.sql"), names(MigrationLocator.locate(List.of(dir))));
    }

    @Test
    void aFolderWalkedAlreadyIsNotWalkedAgain() throws Exception {
        for (String f : List.of("V2__two.sql", "V1__init.sql", "R__views.sql", "U2__undo.sql", "sub/V1.1__sub.sql",
                "db.changelog-master.xml", "notes.txt")) {
            touch(f);
        }
        java.util.SortedMap<Path, Object> walked = MigrationLocator.files(dir,
                n -> n.endsWith(".sql") || n.equals("db.changelog-master.xml"));
        assertEquals(MigrationLocator.locate(List.of(dir)), MigrationLocator.locate(List.of(dir), Map.of(dir, walked)),
                "the same files in the same order, other names in the walk left out");
        touch("V3__after_the_walk.sql");
        assertEquals(List.of("V1__init.sql", "sub/V1.1__sub.sql", "V2__two.sql", "R__views.sql"),
                names(MigrationLocator.locate(List.of(dir), Map.of(dir, walked))), "what the walk found, only");
    }

    @Test
    void trailingZeroPartsCompareEqualThenByName() throws Exception {
        touch("V1.0__b.sql");
        touch("V1__a.sql");
        touch("V1.0.1__c.sql");
        touch("V0.9__z.sql");
        assertEquals(List.of("V0.9__z.sql", "V1.0__b.sql", "V1__a.sql", "V1.0.1__c.sql"),
                names(MigrationLocator.locate(List.of(dir))));
    }

    @Test
    void explicitFilesTakenWhateverTheirName() throws Exception {
        Path txt = touch("x/schema.txt");
        Path v = touch("V1__a.sql");
        assertEquals(List.of("V1__a.sql", "x/schema.txt"), names(MigrationLocator.locate(List.of(txt, v))));
    }

    @Test
    void duplicatesOfTheSameFileCollapse() throws Exception {
        Path v1 = touch("m/V1__a.sql");
        touch("m/V2__b.sql");
        Path m = dir.resolve("m");
        List<Path> found = MigrationLocator.locate(List.of(m, v1, m, dir.resolve("m/./V1__a.sql")));
        assertEquals(List.of("m/V1__a.sql", "m/V2__b.sql"), names(found));
    }

    @Test
    void aSymlinkToAFileInTheWalkedDirectoryIsThatFile() throws Exception {
        Path v1 = touch("m/V1__a.sql");
        touch("m/sub/V2__b.sql");
        Path outside = touch("elsewhere/V3__c.sql");
        try {
            Files.createSymbolicLink(dir.resolve("m/V1__copy.sql"), v1); // same version: an error unless one file
            Files.createSymbolicLink(dir.resolve("m/sub/V1__deep.sql"), Path.of("..", "V1__a.sql"));
            Files.createSymbolicLink(dir.resolve("m/V3__link.sql"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not supported here: " + e);
        }
        Path m = dir.resolve("m");
        assertEquals(List.of("m/V1__a.sql", "m/sub/V2__b.sql", "m/V3__link.sql"),
                names(MigrationLocator.locate(List.of(m))));
        assertEquals(List.of("m/V1__a.sql", "m/sub/V2__b.sql", "m/V3__link.sql"),
                names(MigrationLocator.locate(List.of(m, outside, v1, dir.resolve("m/sub/../V1__a.sql")))));
        assertEquals(List.of("m/V1__a.sql", "m/sub/V2__b.sql", "elsewhere/V3__c.sql"),
                names(MigrationLocator.locate(List.of(outside, m))));
    }

    private void link(String relative, Path target) throws IOException {
        try {
            Files.createSymbolicLink(dir.resolve(relative), target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not supported here: " + e);
        }
    }

    @Test
    void linkedFoldersAreFollowedWhetherGivenOrFoundInside() throws Exception {
        touch("real/V1__a.sql");
        touch("real/sub/V2__b.sql");
        touch("more/V3__c.sql");
        link("migration", dir.resolve("real")); // the folder given is a link
        link("real/linked", Path.of("..", "more")); // a linked subfolder
        assertEquals(List.of("migration/V1__a.sql", "migration/sub/V2__b.sql", "migration/linked/V3__c.sql"),
                names(MigrationLocator.locate(List.of(dir.resolve("migration")))));
        assertEquals(List.of("real/V1__a.sql", "real/sub/V2__b.sql", "real/linked/V3__c.sql"),
                names(MigrationLocator.locate(List.of(dir.resolve("real"), dir.resolve("migration")))),
                "each file once, under the first path it was found by");
    }

    @Test
    void aLinkBackToAFolderBeingWalkedEndsTheWalkThere() throws Exception {
        touch("m/V1__a.sql");
        touch("m/sub/V2__b.sql");
        link("m/sub/up", Path.of("..")); // m/sub/up/sub/up/... for ever, were it followed blindly
        link("m/self", Path.of("."));
        link("m/sub/again", dir.resolve("m/sub"));
        assertEquals(List.of("m/V1__a.sql", "m/sub/V2__b.sql"), names(MigrationLocator.locate(List.of(dir.resolve("m")))));
    }

    @Test
    void aBrokenLinkNamedLikeAMigrationIsReportedNotSkipped() throws Exception {
        touch("m/V1__a.sql");
        link("m/V2__gone.sql", dir.resolve("nowhere/V2__gone.sql"));
        List<Path> found = MigrationLocator.locate(List.of(dir.resolve("m")));
        assertEquals(List.of("m/V1__a.sql", "m/V2__gone.sql"), names(found));
        SourceException e = assertThrows(SourceException.class, () -> SourceFile.read(found.get(1)));
        assertTrue(e.getMessage().startsWith(found.get(1) + ": no such file"), e.getMessage());
    }

    @Test
    void duplicateVersionIsAnError() throws Exception {
        Path a = touch("a/V2__first.sql");
        Path b = touch("b/V2__second.sql");
        touch("V1__ok.sql");
        SourceException e = assertThrows(SourceException.class, () -> MigrationLocator.locate(List.of(dir)));
        assertTrue(e.getMessage().contains(a.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(b.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate migration version 2"), e.getMessage());
    }

    @Test
    void sameVersionWrittenDifferentlyIsADuplicate() throws Exception {
        touch("V1_1__a.sql");
        touch("V01.1__b.sql");
        assertThrows(SourceException.class, () -> MigrationLocator.locate(List.of(dir)));
    }

    @Test
    void missingInput() {
        Path missing = dir.resolve("nowhere");
        SourceException e = assertThrows(SourceException.class, () -> MigrationLocator.locate(List.of(missing)));
        assertEquals(missing + ": no such file or directory", e.getMessage());
        assertEquals(missing, e.file());
    }

    @Test
    void emptyDirectoryYieldsNothing() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(List.of(), MigrationLocator.locate(List.of(dir.resolve("empty"))));
    }

    @Test
    void naturalOrderHandlesLeadingZerosAndPrefixes() {
        assertTrue(MigrationLocator.compareNatural("2_x.sql", "10_x.sql") < 0);
        assertTrue(MigrationLocator.compareNatural("a.sql", "a1.sql") < 0);
        assertTrue(MigrationLocator.compareNatural("x9y", "x10y") < 0);
        assertTrue(MigrationLocator.compareNatural("1.sql", "01.sql") != 0);
        assertEquals(0, MigrationLocator.compareNatural("abc", "abc"));
    }

    @Test
    void versionPartsAreNumbersWhateverTheirSeparatorLeadingZerosOrSize() {
        assertEquals(List.of(java.math.BigInteger.ONE, java.math.BigInteger.TWO, java.math.BigInteger.valueOf(3)),
                MigrationLocator.parseVersion("1.2_003"));
        assertEquals(List.of(new java.math.BigInteger("123456789012345678901234567890"), java.math.BigInteger.ZERO),
                MigrationLocator.parseVersion("123456789012345678901234567890.0"));
        assertEquals(List.of(java.math.BigInteger.valueOf(999_999_999_999_999_999L)),
                MigrationLocator.parseVersion("999999999999999999"));
    }
}
