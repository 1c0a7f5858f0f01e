package dev.charter.runtime.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.erdtman.jcs.NumberToJSON;

/**
 * Checks in one pass that bytes are exactly RFC 8785 canonical JSON (sorted unique member names,
 * minimal escapes, no whitespace, ECMAScript number form, well-formed UTF-8) and, on the way,
 * notes where the values of a few wanted members are. Verifying a ledger runs it on every record,
 * so it neither builds a tree nor allocates per member. Not thread-safe: one per thread.
 */
final class CanonicalJsonScanner {

    static final int MAX_DEPTH = 64;

    private final Path root;
    private final int[] spans;
    private final char[][] previousKey = new char[MAX_DEPTH + 2][];
    private final int[] previousKeyLength = new int[MAX_DEPTH + 2];
    private char[] key = new char[64];
    private int keyLength;
    private int topLevelMembers;
    private byte[] in;
    private int pos;
    private int end;

    /** A scanner that notes the values of the members named by dotted {@code paths}, in order. */
    CanonicalJsonScanner(List<String> paths) {
        this.root = new Path("");
        for (int id = 0; id < paths.size(); id++) {
            Path node = root;
            for (String name : paths.get(id).split("\\.")) {
                node = node.child(name);
            }
            node.id = id;
        }
        this.spans = new int[2 * paths.size()];
        for (int i = 0; i < previousKey.length; i++) {
            previousKey[i] = new char[64];
        }
    }

    /**
     * Scans {@code data[from, to)}: the reason it is not canonical JSON, or null when it is.
     * After a successful scan, {@link #start} and {@link #end} locate each wanted member's value.
     */
    String scan(byte[] data, int from, int to) {
        Arrays.fill(spans, -1);
        topLevelMembers = 0;
        in = data;
        pos = from;
        end = to;
        try {
            value(0, root);
            if (pos != end) {
                throw new NotCanonical("unexpected bytes after the JSON value");
            }
            return null;
        } catch (NotCanonical e) {
            return e.getMessage() + " (byte " + (pos - from) + ")";
        } finally {
            in = null;
        }
    }

    /** Number of members of the outermost object of the last scan. */
    int topLevelMembers() {
        return topLevelMembers;
    }

    /** Start offset of the value of wanted path {@code id}, or -1 when absent. */
    int start(int id) {
        return spans[2 * id];
    }

    /** End offset (exclusive) of the value of wanted path {@code id}, or -1 when absent. */
    int end(int id) {
        return spans[2 * id + 1];
    }

    private void value(int depth, Path path) {
        int start = pos;
        byte b = peek();
        switch (b) {
            case '{' -> object(depth + 1, path);
            case '[' -> array(depth + 1);
            case '"' -> string(false);
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (b == '-' || (b >= '0' && b <= '9')) {
                    number();
                } else {
                    throw new NotCanonical("expected a JSON value");
                }
            }
        }
        if (path != null && path.id >= 0) {
            spans[2 * path.id] = start;
            spans[2 * path.id + 1] = pos;
        }
    }

    private void object(int depth, Path path) {
        checkDepth(depth);
        pos++;
        if (peek() == '}') {
            pos++;
            return;
        }
        previousKeyLength[depth] = -1;
        while (true) {
            if (peek() != '"') {
                throw new NotCanonical("expected a member name");
            }
            string(true);
            checkOrder(depth);
            if (depth == 1) {
                topLevelMembers++;
            }
            expect(':');
            value(depth, path == null ? null : path.child(key, keyLength));
            byte next = next();
            if (next == '}') {
                return;
            }
            if (next != ',') {
                pos--;
                throw new NotCanonical("expected ',' or '}'");
            }
        }
    }

    private void checkOrder(int depth) {
        int previousLength = previousKeyLength[depth];
        if (previousLength >= 0) {
            int order = Arrays.compare(previousKey[depth], 0, previousLength, key, 0, keyLength);
            if (order >= 0) {
                throw new NotCanonical(order == 0 ? "duplicate member name" : "member names are not in RFC 8785 order");
            }
        }
        if (previousKey[depth].length < keyLength) {
            previousKey[depth] = new char[Math.max(keyLength, 2 * previousKey[depth].length)];
        }
        System.arraycopy(key, 0, previousKey[depth], 0, keyLength);
        previousKeyLength[depth] = keyLength;
    }

    private void array(int depth) {
        checkDepth(depth);
        pos++;
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            value(depth, null);
            byte next = next();
            if (next == ']') {
                return;
            }
            if (next != ',') {
                pos--;
                throw new NotCanonical("expected ',' or ']'");
            }
        }
    }

    /** Validates a string; a member name is also decoded into {@link #key} for ordering. */
    private void string(boolean decode) {
        pos++;
        keyLength = 0;
        while (true) {
            int b = next() & 0xFF;
            if (b == '"') {
                return;
            }
            if (b < 0x20) {
                pos--;
                throw new NotCanonical("control character not escaped");
            }
            if (b == '\\') {
                int c = escape();
                if (decode) {
                    append(c);
                }
            } else if (b < 0x80) {
                if (decode) {
                    append(b);
                }
            } else {
                int codePoint = multiByte(b);
                if (decode) {
                    if (codePoint >= 0x10000) {
                        append(Character.highSurrogate(codePoint));
                        append(Character.lowSurrogate(codePoint));
                    } else {
                        append(codePoint);
                    }
                }
            }
        }
    }

    private int escape() {
        int e = next();
        switch (e) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int c = 0;
                for (int i = 0; i < 4; i++) {
                    int h = next();
                    int digit = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
                    if (digit < 0) {
                        throw new NotCanonical("\\u escape needs four lower-case hex digits");
                    }
                    c = c * 16 + digit;
                }
                if (c >= 0x20 || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') {
                    throw new NotCanonical("\\u escape where RFC 8785 writes the character itself or a short escape");
                }
                return c;
            default:
                throw new NotCanonical("escape that RFC 8785 never writes");
        }
    }

    private int multiByte(int b) {
        int min;
        int max = 0xBF;
        int count;
        int codePoint;
        if (b >= 0xC2 && b <= 0xDF) {
            count = 1;
            codePoint = b & 0x1F;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            count = 2;
            codePoint = b & 0x0F;
            min = b == 0xE0 ? 0xA0 : 0x80;
            max = b == 0xED ? 0x9F : 0xBF; // 0xED A0..BF would encode a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            count = 3;
            codePoint = b & 0x07;
            min = b == 0xF0 ? 0x90 : 0x80;
            max = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            pos--;
            throw new NotCanonical("malformed UTF-8");
        }
        for (int i = 0; i < count; i++) {
            int c = next() & 0xFF;
            if (c < (i == 0 ? min : 0x80) || c > (i == 0 ? max : 0xBF)) {
                pos--;
                throw new NotCanonical("malformed UTF-8");
            }
            codePoint = (codePoint << 6) | (c & 0x3F);
        }
        return codePoint;
    }

    private void append(int c) {
        if (keyLength == key.length) {
            key = Arrays.copyOf(key, 2 * key.length);
        }
        key[keyLength++] = (char) c;
    }

    private void number() {
        int start = pos;
        while (pos < end && isNumberByte(in[pos])) {
            pos++;
        }
        int length = pos - start;
        boolean negative = in[start] == '-';
        int digits = length - (negative ? 1 : 0);
        int first = start + (negative ? 1 : 0);
        if (digits >= 1 && digits <= 15 && allDigits(first, pos) && (in[first] != '0' || (digits == 1 && !negative))) {
            return; // an integer that a double holds exactly, in its shortest form
        }
        String literal = new String(in, start, length, StandardCharsets.US_ASCII);
        String canonical;
        try {
            double d = Double.parseDouble(literal);
            canonical = Double.isFinite(d) ? NumberToJSON.serializeNumber(d) : null;
        } catch (NumberFormatException | IOException e) {
            canonical = null;
        }
        if (!literal.equals(canonical)) {
            pos = start;
            throw new NotCanonical("number not in RFC 8785 (ECMAScript) form");
        }
    }

    private boolean allDigits(int from, int to) {
        for (int i = from; i < to; i++) {
            if (in[i] < '0' || in[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumberByte(byte b) {
        return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (next() != word.charAt(i)) {
                pos--;
                throw new NotCanonical("expected '" + word + "'");
            }
        }
    }

    private void expect(char c) {
        if (next() != c) {
            pos--;
            throw new NotCanonical("expected '" + c + "'");
        }
    }

    private byte peek() {
        if (pos >= end) {
            throw new NotCanonical("unexpected end of JSON");
        }
        return in[pos];
    }

    private byte next() {
        byte b = peek();
        pos++;
        return b;
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new NotCanonical("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    /** One level of the wanted-paths tree; {@code id} is -1 for a level that is only passed through. */
    private static final class Path {
        private final char[] name;
        private final List<Path> children = new ArrayList<>(4);
        private int id = -1;

        Path(String name) {
            this.name = name.toCharArray();
        }

        Path child(String childName) {
            Path found = child(childName.toCharArray(), childName.length());
            if (found == null) {
                found = new Path(childName);
                children.add(found);
            }
            return found;
        }

        Path child(char[] chars, int length) {
            for (Path c : children) {
                if (Arrays.equals(c.name, 0, c.name.length, chars, 0, length)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** Why the bytes are not canonical; thrown inside a scan only, without a stack trace. */
    private static final class NotCanonical extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCanonical(String message) {
            super(message, null, false, false);
        }
    }
}
