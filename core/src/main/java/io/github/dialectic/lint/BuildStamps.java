package io.github.dialectic.lint;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
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
        Path origin = origin(classFile, resourceName);
        return origin == null ? null : BY_ORIGIN.computeIfAbsent(origin, BuildStamps::stampOf);
    }

    /** The jar or class directory a resource was found in, or null. */
    private static Path origin(URL resource, String resourceName) {
        if (resource == null) {
            return null;
        }
        try {
            if ("jar".equals(resource.getProtocol())) {
                URL jar = ((JarURLConnection) resource.openConnection()).getJarFileURL();
                return Path.of(jar.toURI()).toAbsolutePath();
            } else if ("file".equals(resource.getProtocol())) {
                Path origin = Path.of(resource.toURI());
                for (int i = resourceName.split("/").length; i > 0 && origin != null; i--) {
                    origin = origin.getParent(); // up from a/b/C.class to the class directory
                }
                return origin == null ? null : origin.toAbsolutePath();
            }
            return null;
        } catch (IOException | URISyntaxException | ClassCastException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Stamps of every entry of this loader's class path (a URLClassLoader's URLs, such as a Maven plugin's class
     * realm, or {@code java.class.path} for the application class loader), or null when the loader does not tell it,
     * an entry cannot be stamped, or one of the {@code providerFiles} lies outside it (a jar reached through a
     * manifest Class-Path, say).
     */
    static List<String> ofClassPath(ClassLoader loader, List<URL> providerFiles) {
        List<Path> entries = new ArrayList<>();
        try {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if (!"file".equals(url.getProtocol())) {
                        return null;
                    }
                    entries.add(Path.of(url.toURI()).toAbsolutePath());
                }
            } else if (loader == ClassLoader.getSystemClassLoader()) {
                for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                    if (!entry.isEmpty()) {
                        entries.add(Path.of(entry).toAbsolutePath());
                    }
                }
            } else {
                return null;
            }
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
        if (entries.isEmpty()) {
            return null;
        }
        for (URL provider : providerFiles) {
            Path origin = origin(provider, "META-INF/services/x");
            if (origin == null || !entries.contains(origin)) {
                return null;
            }
        }
        List<String> stamps = new ArrayList<>(entries.size());
        for (Path entry : entries) {
            String stamp = Files.exists(entry) ? BY_ORIGIN.computeIfAbsent(entry, BuildStamps::stampOf) : entry + "@absent";
            if (stamp == null) {
                return null;
            }
            stamps.add(stamp);
        }
        return stamps;
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
