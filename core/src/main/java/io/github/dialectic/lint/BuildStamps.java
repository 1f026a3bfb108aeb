package io.github.dialectic.lint;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Stamps of the code a cached result depends on: size and modification time of the jar a class comes from, or, for
 * a class directory (a development build), the newest file under it and the number of files, so that recompiling
 * any class of the directory changes the stamp. Null when the origin cannot be told: then nothing may be cached.
 */
final class BuildStamps {

    private static final Map<Path, String> BY_ORIGIN = new ConcurrentHashMap<>();

    private BuildStamps() {
    }

    /** The stamp of the jar or class directory holding this class file resource, or null. */
    static String ofResource(URL classFile, String resourceName) {
        if (classFile == null) {
            return null;
        }
        try {
            Path origin;
            if ("jar".equals(classFile.getProtocol())) {
                URL jar = ((JarURLConnection) classFile.openConnection()).getJarFileURL();
                origin = Path.of(jar.toURI());
            } else if ("file".equals(classFile.getProtocol())) {
                Path file = Path.of(classFile.toURI());
                origin = file;
                for (int i = resourceName.split("/").length; i > 0 && origin != null; i--) {
                    origin = origin.getParent(); // up from a/b/C.class to the class directory
                }
                if (origin == null) {
                    return null;
                }
            } else {
                return null;
            }
            return BY_ORIGIN.computeIfAbsent(origin, BuildStamps::stampOf);
        } catch (IOException | URISyntaxException | ClassCastException | IllegalArgumentException e) {
            return null;
        }
    }

    static String of(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        ClassLoader loader = type.getClassLoader();
        return ofResource(loader == null ? null : loader.getResource(resource), resource);
    }

    private static String stampOf(Path origin) {
        try {
            if (Files.isRegularFile(origin)) {
                return origin + "@" + Files.size(origin) + "@" + Files.getLastModifiedTime(origin).toMillis();
            }
            long newest = 0;
            long count = 0;
            try (Stream<Path> walk = Files.walk(origin)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    newest = Math.max(newest, Files.readAttributes(p, BasicFileAttributes.class).lastModifiedTime().toMillis());
                    count++;
                }
            }
            return origin + "@dir@" + newest + "@" + count;
        } catch (IOException | RuntimeException e) { // unreadable: no stamp, so no caching
            return null;
        }
    }
}
