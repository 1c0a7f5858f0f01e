package dev.charter.runtime.ledger;

import dev.charter.runtime.ledger.history.Attribute;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The normalised values of one request attribute, looked up from the canonical bytes of a value:
 * a value seen before yields the same {@code String} instance (its hash already computed), without
 * decoding or normalising it again, so that a record whose values were all seen allocates no text.
 * An open-addressed table of at most {@link #LIMIT} values; when full it starts over empty, which
 * changes which instance a value yields, never its text. Not thread-safe.
 */
final class ValueTexts {

    /** Values held at most; about 100 bytes each for short values. */
    static final int LIMIT = 1 << 16;

    private final Attribute attribute;
    private byte[][] bytes = new byte[64][];
    private String[] texts = new String[64];
    private int size;

    ValueTexts(Attribute attribute) {
        this.attribute = attribute;
    }

    /** The normalised value ({@link Attribute#normalise}) of the canonical JSON text {@code data[start, end)}. */
    String normalised(byte[] data, int start, int end) {
        int hash = hash(data, start, end);
        int mask = bytes.length - 1;
        int at = hash & mask;
        while (bytes[at] != null) {
            if (Arrays.equals(bytes[at], 0, bytes[at].length, data, start, end)) {
                return texts[at];
            }
            at = (at + 1) & mask;
        }
        String text = attribute.normalise(new String(data, start, end - start, StandardCharsets.UTF_8));
        if (size == LIMIT) {
            bytes = new byte[64][];
            texts = new String[64];
            size = 0;
        } else if ((size + 1) * 2 > bytes.length) {
            grow();
        }
        insert(Arrays.copyOfRange(data, start, end), text, hash);
        return text;
    }

    private void grow() {
        byte[][] oldBytes = bytes;
        String[] oldTexts = texts;
        bytes = new byte[oldBytes.length * 2][];
        texts = new String[oldTexts.length * 2];
        size = 0;
        for (int i = 0; i < oldBytes.length; i++) {
            if (oldBytes[i] != null) {
                insert(oldBytes[i], oldTexts[i], hash(oldBytes[i], 0, oldBytes[i].length));
            }
        }
    }

    private void insert(byte[] key, String text, int hash) {
        int mask = bytes.length - 1;
        int at = hash & mask;
        while (bytes[at] != null) {
            at = (at + 1) & mask;
        }
        bytes[at] = key;
        texts[at] = text;
        size++;
    }

    private static int hash(byte[] data, int start, int end) {
        int h = 1;
        for (int i = start; i < end; i++) {
            h = 31 * h + data[i];
        }
        return h ^ (h >>> 16);
    }
}
