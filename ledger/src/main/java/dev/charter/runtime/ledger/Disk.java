package dev.charter.runtime.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * How the ledger reaches its files: every channel it writes through and every directory it syncs.
 * Production uses the file system as is; tests substitute a disk that loses power or fails fsync.
 */
interface Disk {

    Disk SYSTEM = new Disk() {};

    default FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException {
        return FileChannel.open(file, options);
    }

    /** Makes the creation of files in {@code dir} durable (fsync of the directory itself). */
    default void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
