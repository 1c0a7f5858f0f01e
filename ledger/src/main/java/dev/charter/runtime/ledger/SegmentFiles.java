package dev.charter.runtime.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Names of segment files: {@code <first seq, 20 digits>.seg}, so that listing a directory in
 * name order lists the segments in log order and the next segment's name is known in advance.
 */
final class SegmentFiles {

    static final String SUFFIX = ".seg";
    /** The file writers lock around each group commit; readers lock it briefly to snapshot. */
    static final String LOCK = "ledger.lock";
    /** The name of the largest sequence number a segment can start at, {@link Long#MAX_VALUE}. */
    private static final String LARGEST = String.format("%020d", Long.MAX_VALUE);

    private SegmentFiles() {}

    static Path segment(Path dir, long firstSeq) {
        return dir.resolve(String.format("%020d%s", firstSeq, SUFFIX));
    }

    /** The first sequence number a segment file's name announces, or -1 when it is not a segment name. */
    static long firstSeqOf(Path file) {
        String name = file.getFileName().toString();
        if (!looksLikeSegment(name) || name.substring(0, 20).compareTo(LARGEST) > 0) {
            return -1;
        }
        return Long.parseLong(name.substring(0, 20));
    }

    /** Whether {@code name} has the form of a segment name: 20 decimal digits and {@code .seg}. */
    private static boolean looksLikeSegment(String name) {
        if (name.length() != 20 + SUFFIX.length() || !name.endsWith(SUFFIX)) {
            return false;
        }
        for (int i = 0; i < 20; i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The bytes of {@code file} from {@code from} up to {@code to} (or its end, if shorter); a
     * segment is read whole into memory, which is why segments are capped at a few dozen MiB.
     */
    static byte[] read(Path file, long from, long to) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = Math.min(to, in.size()) - from;
            if (length > Integer.MAX_VALUE - 16) {
                throw new IOException(file + " is larger than a segment can be");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(0, length));
            long at = from;
            while (buffer.hasRemaining()) {
                int n = in.read(buffer, at);
                if (n < 0) {
                    break;
                }
                at += n;
            }
            return buffer.position() == buffer.capacity()
                    ? buffer.array()
                    : Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    /**
     * The whole of {@code file} in {@code buffer}, from its start to its limit: {@code buffer}
     * itself when it holds the file, else a larger one, so that a reader of many segments
     * allocates once rather than once per segment.
     */
    static ByteBuffer readInto(Path file, ByteBuffer buffer) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = in.size();
            if (length > Integer.MAX_VALUE - 16) {
                throw new IOException(file + " is larger than a segment can be");
            }
            ByteBuffer into = length <= buffer.capacity() ? buffer : ByteBuffer.allocate((int) length);
            into.clear().limit((int) length);
            long at = 0;
            while (into.hasRemaining()) {
                int n = in.read(into, at);
                if (n < 0) {
                    break;
                }
                at += n;
            }
            return into.flip();
        }
    }

    /** Writes all of {@code bytes} to {@code target} at {@code position}. */
    static void writeFully(FileChannel target, ByteBuffer bytes, long position) throws IOException {
        long at = position;
        while (bytes.hasRemaining()) {
            at += target.write(bytes, at);
        }
    }

    /**
     * The segment files of {@code dir}, in log order. Other files are none of the ledger's
     * business, but a file named like a segment whose number no sequence number can reach was not
     * written by a ledger and is refused rather than passed over: it may be a segment renamed by
     * mistake, and a ledger read without one of its segments would look cut short.
     */
    static List<Path> list(Path dir) throws IOException {
        List<Path> segments = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path entry : entries) {
                if (firstSeqOf(entry) >= 0) {
                    segments.add(entry);
                } else if (looksLikeSegment(entry.getFileName().toString())) {
                    throw new FileSystemException(
                            entry.toString(),
                            null,
                            "named like a ledger segment, but its number is"
                                    + " beyond the largest sequence number (" + LARGEST
                                    + "); no ledger writes it: move it out"
                                    + " of the ledger directory");
                }
            }
        }
        segments.sort(null);
        return segments;
    }
}
