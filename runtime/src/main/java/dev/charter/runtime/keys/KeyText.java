package dev.charter.runtime.keys;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The one-line text forms of keys shared by key files and trust files:
 * {@code ed25519 KEYID PUBLICHEX} for a public key and {@code ed25519-private KEYID SEEDHEX}
 * for a private one. The key id is redundant with the key and checked on reading, so a key
 * pasted wrongly or edited by hand is caught at once instead of surfacing as an untrusted
 * signature later. Lines starting with {@code #} and blank lines are ignored.
 */
final class KeyText {

    static final String PUBLIC_TAG = "ed25519";
    static final String PRIVATE_TAG = "ed25519-private";

    /** A line that is neither blank nor a comment, with its 1-based number. */
    record Line(int number, String text) {}

    private KeyText() {}

    static List<Line> meaningfulLines(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                lines.add(new Line(i + 1, line));
            }
        }
        return lines;
    }

    static String publicLine(PublicKey key) {
        return PUBLIC_TAG + " " + key.keyId() + " " + HexFormat.of().formatHex(key.bytes());
    }

    static String privateLine(SigningKey key) {
        return PRIVATE_TAG + " " + key.keyId() + " " + HexFormat.of().formatHex(key.seed());
    }

    static PublicKey parsePublic(Line line, String source) throws KeyFormatException {
        String[] tokens = tokens(line, PUBLIC_TAG, source);
        PublicKey key = PublicKey.fromBytes(hex(tokens[2], PublicKey.SIZE, line, source));
        checkKeyId(tokens[1], key.keyId(), line, source);
        return key;
    }

    static SigningKey parsePrivate(Line line, String source) throws KeyFormatException {
        String[] tokens = tokens(line, PRIVATE_TAG, source);
        SigningKey key = SigningKey.fromSeed(hex(tokens[2], SigningKey.SEED_SIZE, line, source));
        checkKeyId(tokens[1], key.keyId(), line, source);
        return key;
    }

    private static String[] tokens(Line line, String tag, String source) throws KeyFormatException {
        String[] tokens = line.text().split("\\s+");
        if (tokens.length != 3 || !tokens[0].equals(tag)) {
            throw error(source, line, "expected '" + tag + " KEYID HEX'");
        }
        return tokens;
    }

    private static byte[] hex(String token, int size, Line line, String source) throws KeyFormatException {
        if (token.length() != 2 * size || !token.chars().allMatch(KeyId::isLowerHex)) {
            throw error(source, line, "the key must be " + 2 * size + " lower-case hex digits");
        }
        return HexFormat.of().parseHex(token);
    }

    private static void checkKeyId(String written, KeyId actual, Line line, String source) throws KeyFormatException {
        if (!written.equals(actual.hex())) {
            throw error(source, line, "key id " + written + " does not match the key, whose id is " + actual);
        }
    }

    static KeyFormatException error(String source, Line line, String message) {
        return new KeyFormatException(source + ":" + line.number() + ": " + message);
    }
}
