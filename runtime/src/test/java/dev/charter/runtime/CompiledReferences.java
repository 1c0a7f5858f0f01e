package dev.charter.runtime;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which Charter classes each compiled class of a class folder refers to, read from the names in
 * its constant pool (class references, field and method descriptors, generic signatures). What
 * the compiler leaves out of class files (Javadoc, imports unused) is not seen: only the
 * dependencies the code has when it runs.
 */
final class CompiledReferences {

    private static final Pattern CHARTER_CLASS = Pattern.compile("dev/charter/[A-Za-z0-9_/$]+");

    /** Binary class name (with dots) to the Charter classes it refers to, itself excluded. */
    private final Map<String, Set<String>> references;

    private CompiledReferences(Map<String, Set<String>> references) {
        this.references = references;
    }

    /** Reads every class file under {@code classes}, a class folder such as target/classes. */
    static CompiledReferences of(Path classes) throws IOException {
        Map<String, Set<String>> references = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                Set<String> referred = new TreeSet<>();
                for (String text : utf8Constants(file)) {
                    Matcher m = CHARTER_CLASS.matcher(text);
                    while (m.find()) {
                        referred.add(m.group().replace('/', '.'));
                    }
                }
                referred.remove(name);
                references.put(name, referred);
            }
        }
        return new CompiledReferences(references);
    }

    Map<String, Set<String>> byClass() {
        return references;
    }

    /** Package to the other packages its classes refer to, with the references that make each edge. */
    Map<String, Map<String, Set<String>>> packageEdges() {
        Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
        references.forEach((from, referred) -> {
            for (String to : referred) {
                if (!packageOf(from).equals(packageOf(to))) {
                    edges.computeIfAbsent(packageOf(from), p -> new TreeMap<>())
                            .computeIfAbsent(packageOf(to), p -> new TreeSet<>())
                            .add(from + " -> " + to);
                }
            }
        });
        return edges;
    }

    static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    /** The CONSTANT_Utf8 entries of a class file (JVMS 4.4); the other entries are skipped. */
    private static List<String> utf8Constants(Path classFile) throws IOException {
        List<String> texts = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(classFile)))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException(classFile + " is not a class file");
            }
            in.skipNBytes(4);
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++; // a long or a double takes two entries
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
        }
        return texts;
    }
}
