package dev.charter.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Every bundle and fact snapshot the server decided with, kept by digest in the layout
 * {@code charter replay} reads: {@code DIR/bundles/<digest>.bundle} and
 * {@code DIR/facts/<digest>.json}. A file is written to a temporary name and moved into place,
 * so a reader never sees half of one; an existing file is left as it is (same digest, same bytes).
 */
public final class Archive {

    private final Path dir;

    public Archive(Path dir) {
        this.dir = dir;
    }

    public Path bundles() {
        return dir.resolve("bundles");
    }

    public Path facts() {
        return dir.resolve("facts");
    }

    public Path keepBundle(String digest, byte[] bytes) throws IOException {
        return keep(bundles(), fileName(digest) + ".bundle", bytes);
    }

    public Path keepFacts(String digest, byte[] bytes) throws IOException {
        return keep(facts(), fileName(digest) + ".json", bytes);
    }

    private static String fileName(String digest) {
        return digest.replace(':', '-');
    }

    private static Path keep(Path folder, String name, byte[] bytes) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        Path temp = Files.createTempFile(folder, ".incoming-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
