package dev.charter.runtime.bundle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Charter's digest notation: {@code sha256:} followed by 64 lower-case hex digits. */
final class Sha256 {

    static final String PREFIX = "sha256:";

    private Sha256() {
    }

    static String of(byte[] bytes) {
        try {
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    static boolean isDigest(String text) {
        return text != null && text.length() == PREFIX.length() + 64 && text.startsWith(PREFIX)
                && text.chars().skip(PREFIX.length()).allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
