package dev.charter.runtime.ledger;

import dev.charter.runtime.ledger.merkle.MerkleHash;
import java.util.Arrays;
import java.util.Base64;

/**
 * A tree head: the ledger's origin, how many records the tree has and its RFC 6962 root hash.
 * Its {@link #body()} is the text of a C2SP tlog-checkpoint note ({@code origin\nsize\nroot\n}),
 * which {@link SignedCheckpoint} signs. Immutable.
 */
public final class Checkpoint {

    private static final int MAX_ORIGIN_BYTES = 255;

    private final String origin;
    private final long size;
    private final byte[] root;

    private Checkpoint(String origin, long size, byte[] root) {
        this.origin = origin;
        this.size = size;
        this.root = root.clone();
    }

    /**
     * The checkpoint of a tree of {@code size} records with root {@code root}.
     *
     * @throws IllegalArgumentException when the origin is not a valid origin line, the size is
     *                                  negative or the root is not 32 bytes
     */
    public static Checkpoint of(String origin, long size, byte[] root) {
        String problem = originProblem(origin);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (size < 0 || root.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("a checkpoint needs a size >= 0 and a 32-byte root");
        }
        return new Checkpoint(origin, size, root);
    }

    /**
     * Why {@code origin} cannot name a ledger, or null when it can: a non-empty line of at most 255
     * bytes without control characters or spaces that does not start with {@code charter/}, which is
     * reserved for signature domains (so a checkpoint text never begins like domain-separated bytes).
     */
    public static String originProblem(String origin) {
        if (origin == null || origin.isEmpty()) {
            return "a ledger origin is a non-empty line";
        }
        if (origin.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_ORIGIN_BYTES) {
            return "a ledger origin has at most " + MAX_ORIGIN_BYTES + " bytes";
        }
        if (!origin.codePoints()
                .allMatch(c -> c > ' '
                        && c != 0x7f
                        && !Character.isWhitespace(c)
                        && !Character.isISOControl(c)
                        && !Character.isSurrogate((char) c))) {
            return "a ledger origin has no spaces or control characters: '" + origin + "'";
        }
        if (origin.startsWith("charter/")) {
            return "a ledger origin may not start with 'charter/', the prefix of Charter's signature domains";
        }
        return null;
    }

    /** Reads the text of a checkpoint note (the part its signatures cover). */
    static Checkpoint parseBody(String body) throws CheckpointFormatException {
        if (!body.endsWith("\n")) {
            throw new CheckpointFormatException("checkpoint text does not end with a newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new CheckpointFormatException("a checkpoint has an origin, a size and a root hash line");
        }
        String problem = originProblem(lines[0]);
        if (problem != null) {
            throw new CheckpointFormatException(problem);
        }
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new CheckpointFormatException("checkpoint size '" + lines[1] + "' is not a decimal number");
        }
        long size;
        try {
            size = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw new CheckpointFormatException("checkpoint size '" + lines[1] + "' is too large");
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new CheckpointFormatException("checkpoint root hash is not base64");
        }
        if (root.length != MerkleHash.SIZE
                || !Base64.getEncoder().encodeToString(root).equals(lines[2])) {
            throw new CheckpointFormatException("checkpoint root hash is not the base64 of 32 bytes");
        }
        if (lines.length > 3) {
            // Charter writes no extension lines; refusing them keeps a checkpoint's text unique.
            throw new CheckpointFormatException("unexpected extension line after the root hash");
        }
        return new Checkpoint(lines[0], size, root);
    }

    public String origin() {
        return origin;
    }

    public long size() {
        return size;
    }

    /** The 32-byte root hash (a copy). */
    public byte[] root() {
        return root.clone();
    }

    /** The note text: origin, size and base64 root, each on its own line. */
    public String body() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    /** Whether both name the same tree: same origin, size and root. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c
                && c.size == size
                && c.origin.equals(origin)
                && Arrays.equals(c.root, root);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Arrays.hashCode(root);
    }

    @Override
    public String toString() {
        return body().replace('\n', ' ').trim();
    }
}
