package dev.charter.runtime.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, Charter's one hash function: fact snapshot ids, bundle digests, key ids, the ledger's
 * Merkle tree and its checkpoints' key hashes are all computed here. Every Java platform must
 * provide SHA-256 ({@link MessageDigest}'s specification requires it), so its absence is a broken
 * platform, never a condition a caller handles.
 *
 * <p>Where a digest is written as text (bundles, fact snapshot ids) it takes Charter's digest
 * notation: {@code sha256:} followed by 64 lower-case hex digits.
 */
public final class Sha256 {

    /** Length in bytes of a digest. */
    public static final int SIZE = 32;

    /** What begins a digest in Charter's notation. */
    public static final String PREFIX = "sha256:";

    private Sha256() {}

    /** The digest of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    /** The digest of {@code bytes} in Charter's notation: {@code sha256:} and 64 lower-case hex digits. */
    public static String text(byte[] bytes) {
        return PREFIX + HexFormat.of().formatHex(of(bytes));
    }

    /** Whether {@code text} is a digest in Charter's notation. */
    public static boolean isText(String text) {
        return text != null
                && text.length() == PREFIX.length() + 2 * SIZE
                && text.startsWith(PREFIX)
                && text.chars().skip(PREFIX.length()).allMatch(KeyId::isLowerHex);
    }

    /** A fresh digest, for input given in parts; not thread-safe, so one per thread. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
