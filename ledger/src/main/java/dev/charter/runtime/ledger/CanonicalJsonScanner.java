package dev.charter.runtime.ledger;

import dev.charter.runtime.json.JsonLimits;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * Checks in one pass that bytes are exactly Charter's canonical JSON (RFC 8785 with exact numbers,
 * see {@code CanonicalJson}: sorted unique member names, minimal escapes, lone surrogates escaped,
 * no whitespace, canonical number text, well-formed UTF-8) and, on the way,
 * notes where the values of a few wanted members are. Verifying a ledger runs it on every record,
 * so it neither builds a tree nor allocates per member: member names are compared where they lie
 * in the input (byte order is UTF-16 order for ASCII names; others are decoded first). Not
 * thread-safe: one per thread.
 */
final class CanonicalJsonScanner implements MemberSpans {

    static final int MAX_DEPTH = JsonLimits.MAX_RECORD_DEPTH;
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final WantedPath root;
    private final int[] spans;
    private final int[] previousStart = new int[MAX_DEPTH + 2];
    private final int[] previousEnd = new int[MAX_DEPTH + 2];
    private final boolean[] previousAscii = new boolean[MAX_DEPTH + 2];
    private char[] left = new char[64];
    private char[] right = new char[64];
    private int stringStart;
    private int stringEnd;
    private int topLevelMembers;
    private byte[] in;
    private int pos;
    private int end;

    /** A scanner that notes the values of the members named by dotted {@code paths}, in order. */
    CanonicalJsonScanner(List<String> paths) {
        this.root = WantedPath.tree(paths);
        this.spans = new int[2 * paths.size()];
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

    /**
     * Locates the wanted members of {@code data[from, to)} without checking anything: for bytes
     * already known to be canonical JSON (a record the ledger checked when it wrote or read it, a
     * request's canonical form). Values off the wanted paths are skipped, strings eight bytes at a
     * time. Returns the reason when the bytes end early or are not even well nested, else null;
     * {@link #start} and {@link #end} then locate each wanted member's value.
     */
    String locate(byte[] data, int from, int to) {
        Arrays.fill(spans, -1);
        in = data;
        pos = from;
        end = to;
        try {
            locateValue(root);
            return null;
        } catch (NotCanonical | ArrayIndexOutOfBoundsException e) {
            return "not well-formed JSON (byte " + (pos - from) + ")";
        } finally {
            in = null;
        }
    }

    private void locateValue(WantedPath path) {
        int start = pos;
        if (peek() == '{' && path != null) {
            pos++;
            if (peek() == '}') {
                pos++;
            } else {
                while (true) {
                    boolean ascii = skipString();
                    WantedPath child = path.child(in, stringStart, stringEnd, ascii);
                    if (next() != ':') {
                        throw new NotCanonical("expected ':'");
                    }
                    locateValue(child);
                    byte next = next();
                    if (next == '}') {
                        break;
                    }
                    if (next != ',') {
                        throw new NotCanonical("expected ',' or '}'");
                    }
                }
            }
        } else {
            skipValue();
        }
        if (path != null && path.id() >= 0) {
            spans[2 * path.id()] = start;
            spans[2 * path.id() + 1] = pos;
        }
    }

    /** Skips one value: a string, a nested object or array, or a number or literal. */
    private void skipValue() {
        byte b = peek();
        if (b == '"') {
            skipString();
        } else if (b == '{' || b == '[') {
            int depth = 0;
            do {
                byte c = peek();
                if (c == '"') {
                    skipString();
                    continue;
                }
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
                pos++;
            } while (depth > 0);
        } else {
            while (pos < end && in[pos] != ',' && in[pos] != '}' && in[pos] != ']') {
                pos++;
            }
        }
    }

    /** Skips a string at {@code pos}, noting its content; true when it is plain ASCII without escapes. */
    private boolean skipString() {
        byte[] bytes = in;
        int p = pos + 1;
        boolean ascii = true;
        while (true) {
            while (p + 8 <= end) {
                long special = specialBytes((long) WORDS.get(bytes, p));
                if (special != 0) {
                    p += Long.numberOfTrailingZeros(special) >>> 3;
                    break;
                }
                p += 8;
            }
            if (p >= end) {
                pos = p;
                throw new NotCanonical("unexpected end of JSON");
            }
            byte b = bytes[p];
            if (b == '"') {
                break;
            }
            if (b == '\\') {
                ascii = false;
                p += 2;
            } else {
                ascii &= b >= 0x20;
                p++;
            }
        }
        stringStart = pos + 1;
        stringEnd = p;
        pos = p + 1;
        return ascii;
    }

    /** Number of members of the outermost object of the last scan. */
    int topLevelMembers() {
        return topLevelMembers;
    }

    @Override
    public int start(int id) {
        return spans[2 * id];
    }

    @Override
    public int end(int id) {
        return spans[2 * id + 1];
    }

    private void value(int depth, WantedPath path) {
        int start = pos;
        byte b = peek();
        switch (b) {
            case '{' -> object(depth + 1, path);
            case '[' -> array(depth + 1);
            case '"' -> string();
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
        if (path != null && path.id() >= 0) {
            spans[2 * path.id()] = start;
            spans[2 * path.id() + 1] = pos;
        }
    }

    private void object(int depth, WantedPath path) {
        checkDepth(depth);
        pos++;
        if (peek() == '}') {
            pos++;
            return;
        }
        previousStart[depth] = -1;
        while (true) {
            if (peek() != '"') {
                throw new NotCanonical("expected a member name");
            }
            boolean ascii = string();
            checkOrder(depth, ascii);
            if (depth == 1) {
                topLevelMembers++;
            }
            WantedPath child = path == null ? null : path.child(in, stringStart, stringEnd, ascii);
            if (pos >= end || in[pos] != ':') {
                throw new NotCanonical("expected ':'");
            }
            pos++;
            value(depth, child);
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

    /** Member names must increase strictly, compared as UTF-16 code units (RFC 8785 section 3.2.3). */
    private void checkOrder(int depth, boolean ascii) {
        if (previousStart[depth] >= 0) {
            int order;
            if (ascii && previousAscii[depth]) {
                order = compareBytes(previousStart[depth], previousEnd[depth], stringStart, stringEnd);
            } else {
                int leftLength = decode(previousStart[depth], previousEnd[depth], true);
                int rightLength = decode(stringStart, stringEnd, false);
                order = Arrays.compare(left, 0, leftLength, right, 0, rightLength);
            }
            if (order >= 0) {
                throw new NotCanonical(order == 0 ? "duplicate member name" : "member names are not in RFC 8785 order");
            }
        }
        previousStart[depth] = stringStart;
        previousEnd[depth] = stringEnd;
        previousAscii[depth] = ascii;
    }

    /** Compares two short ASCII ranges of the input; a plain loop beats the range-checked library call here. */
    private int compareBytes(int aFrom, int aTo, int bFrom, int bTo) {
        byte[] bytes = in;
        int n = Math.min(aTo - aFrom, bTo - bFrom);
        for (int i = 0; i < n; i++) {
            int diff = bytes[aFrom + i] - bytes[bFrom + i];
            if (diff != 0) {
                return diff;
            }
        }
        return (aTo - aFrom) - (bTo - bFrom);
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

    /**
     * Validates a string and notes where its content lies; true when the content is printable
     * ASCII without escapes (bytes then order like UTF-16 code units).
     */
    private boolean string() {
        byte[] bytes = in;
        int limit = end;
        int open = pos;
        int p = pos + 1;
        boolean ascii = true;
        while (true) {
            // Eight bytes at a time up to the first special byte, found from the word's mask.
            while (p + 8 <= limit) {
                long special = specialBytes((long) WORDS.get(bytes, p));
                if (special != 0) {
                    p += Long.numberOfTrailingZeros(special) >>> 3;
                    break;
                }
                p += 8;
            }
            if (p >= limit) {
                pos = p;
                throw new NotCanonical("unexpected end of JSON");
            }
            int b = bytes[p];
            if (b >= 0x20 && b != '"' && b != '\\') {
                p++; // printable ASCII in the last few bytes of the input
                continue;
            }
            if (b == '"') {
                break;
            }
            ascii = false;
            pos = p;
            if (b == '\\') {
                escape();
            } else if (b < 0) {
                multiByte();
            } else {
                throw new NotCanonical("control character not escaped");
            }
            p = pos;
        }
        stringStart = open + 1;
        stringEnd = p;
        pos = p + 1;
        return ascii;
    }

    /**
     * The bytes of a little-endian word that are not printable ASCII other than '"' and '\\'
     * (below 0x20, 0x22, 0x5C, or from 0x80 up), as the top bit of each such byte, tested at once
     * (SWAR). A borrow may mark bytes after a special one, never before it, so the lowest marked
     * byte is the first special byte. Strings are most of a record, so this is most of the scan.
     */
    static long specialBytes(long word) {
        long control = (word - 0x2020202020202020L) & ~word;
        long quote = word ^ 0x2222222222222222L;
        long backslash = word ^ 0x5C5C5C5C5C5C5C5CL;
        long special =
                control | ((quote - 0x0101010101010101L) & ~quote) | ((backslash - 0x0101010101010101L) & ~backslash);
        return (word | special) & 0x8080808080808080L;
    }

    /** Reads an escape at {@code pos} (the backslash); leaves pos after it. */
    private void escape() {
        pos++;
        int e = next();
        switch (e) {
            case '"', '\\', 'b', 'f', 'n', 'r', 't' -> {
                return;
            }
            case 'u' -> {
                int c = hex4();
                if (Character.isHighSurrogate((char) c) && pos + 1 < end && in[pos] == '\\' && in[pos + 1] == 'u') {
                    int saved = pos;
                    pos += 2;
                    boolean pair = Character.isLowSurrogate((char) hex4());
                    pos = saved;
                    if (pair) {
                        throw new NotCanonical("a surrogate pair escaped; it is written as its UTF-8 character");
                    }
                }
                // A lone surrogate has no UTF-8 form: canonical text escapes it, as ECMAScript 2019 does.
                boolean lone = Character.isSurrogate((char) c);
                if (!lone && (c >= 0x20 || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t')) {
                    throw new NotCanonical(
                            "\\u escape where canonical JSON writes the character itself or a short escape");
                }
            }
            default -> throw new NotCanonical("escape that RFC 8785 never writes");
        }
    }

    private int hex4() {
        int c = 0;
        for (int i = 0; i < 4; i++) {
            int h = next();
            int digit = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
            if (digit < 0) {
                throw new NotCanonical("\\u escape needs four lower-case hex digits");
            }
            c = c * 16 + digit;
        }
        return c;
    }

    /** Reads a multi-byte UTF-8 sequence at {@code pos}; returns its code point, pos after it. */
    private int multiByte() {
        int b = in[pos] & 0xFF;
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
            throw new NotCanonical("malformed UTF-8");
        }
        pos++;
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

    /** Decodes the already validated string content {@code in[from, to)} into {@link #left} or {@link #right}. */
    private int decode(int from, int to, boolean intoLeft) {
        char[] out = intoLeft ? left : right;
        if (out.length < to - from) {
            out = new char[2 * (to - from)];
            if (intoLeft) {
                left = out;
            } else {
                right = out;
            }
        }
        int saved = pos;
        int n = 0;
        pos = from;
        while (pos < to) {
            int b = in[pos];
            if (b == '\\') {
                int e = in[pos + 1];
                pos += 2;
                out[n++] = switch (e) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'u' -> (char) hex4();
                    default -> (char) e;
                };
            } else if (b < 0) {
                int codePoint = multiByte();
                if (codePoint >= 0x10000) {
                    out[n++] = Character.highSurrogate(codePoint);
                    out[n++] = Character.lowSurrogate(codePoint);
                } else {
                    out[n++] = (char) codePoint;
                }
            } else {
                out[n++] = (char) b;
                pos++;
            }
        }
        pos = saved;
        return n;
    }

    private void number() {
        int start = pos;
        while (pos < end && CanonicalNumber.isNumberByte(in[pos])) {
            pos++;
        }
        if (!CanonicalNumber.isCanonical(in, start, pos)) {
            pos = start;
            throw new NotCanonical("number not in canonical form");
        }
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

    /** Why the bytes are not canonical; thrown inside a scan only, without a stack trace. */
    private static final class NotCanonical extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCanonical(String message) {
            super(message, null, false, false);
        }
    }
}
