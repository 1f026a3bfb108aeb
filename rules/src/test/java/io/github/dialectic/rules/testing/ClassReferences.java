package io.github.dialectic.rules.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The fields and methods a compiled class refers to in its code, read from its constant pool. An enum constant named
 * in an annotation (such as {@code @EngineEffect(engine = Engine.DB2)}) is no reference: annotations keep it as a
 * name, not as a field reference.
 */
public record ClassReferences(String className, Set<String> fields, Set<String> methods) {

    /** Every class under {@code packagePrefix} (slashes, e.g. {@code io/github/dialectic/rules/}) where {@code anyClass} was loaded from. */
    public static List<ClassReferences> of(Class<?> anyClass, String packagePrefix) {
        Map<String, ClassReferences> found = new TreeMap<>();
        try {
            Path root = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String name = root.relativize(p).toString().replace('\\', '/');
                        if (name.startsWith(packagePrefix)) {
                            try (InputStream in = Files.newInputStream(p)) {
                                found.put(name, read(name, in));
                            }
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    for (var e : jar.stream().toList()) {
                        if (e.getName().startsWith(packagePrefix) && e.getName().endsWith(".class")) {
                            try (InputStream in = jar.getInputStream(e)) {
                                found.put(e.getName(), read(e.getName(), in));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no classes under " + packagePrefix + " next to " + anyClass);
        }
        return List.copyOf(found.values());
    }

    /** The fields ({@code owner.name}, owner with slashes) this class refers to, of {@code owner} only. */
    public Set<String> fieldsOf(String owner) {
        Set<String> names = new HashSet<>();
        fields.stream().filter(f -> f.startsWith(owner + ".")).forEach(f -> names.add(f.substring(owner.length() + 1)));
        return names;
    }

    public Set<String> methodsOf(String owner) {
        Set<String> names = new HashSet<>();
        methods.stream().filter(f -> f.startsWith(owner + ".")).forEach(f -> names.add(f.substring(owner.length() + 1)));
        return names;
    }

    private static ClassReferences read(String fileName, InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException(fileName + ": not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        List<int[]> fieldRefs = new ArrayList<>();
        List<int[]> methodRefs = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7, 8, 16, 19, 20 -> pool[i] = in.readUnsignedShort();
                case 9 -> fieldRefs.add(new int[]{in.readUnsignedShort(), in.readUnsignedShort()});
                case 10, 11 -> methodRefs.add(new int[]{in.readUnsignedShort(), in.readUnsignedShort()});
                case 12 -> pool[i] = new int[]{in.readUnsignedShort(), in.readUnsignedShort()};
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> in.readInt();
                default -> throw new IOException(fileName + ": unknown constant pool tag " + tag);
            }
        }
        return new ClassReferences(fileName.replace(".class", ""), names(pool, fieldRefs), names(pool, methodRefs));
    }

    private static Set<String> names(Object[] pool, List<int[]> refs) {
        Set<String> names = new HashSet<>();
        for (int[] ref : refs) {
            String owner = (String) pool[(Integer) pool[ref[0]]];
            String member = (String) pool[((int[]) pool[ref[1]])[0]];
            names.add(owner + "." + member);
        }
        return names;
    }
}
