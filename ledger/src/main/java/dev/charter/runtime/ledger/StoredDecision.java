package dev.charter.runtime.ledger;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds what history reads of a stored decision record without reading its trace: the record is
 * {@code {"body":{"bundle":…,"decision":{"decision":EFFECT,…,"trace":…},"facts":…,
 * "recorded_at":TIME,"request":REQUEST},"key":…,"kind":"decision","prev":…,"seq":SEQ[,"sig":…]}}
 * (docs/ledger-format.md), so the effect lies just after the short bundle digest at the front,
 * and the sequence number, the request and its time lie at the back, behind members whose values
 * hold no quote. It reads the front forwards to the effect and the back backwards to the start of
 * the request, noting on the way where the request's wanted members lie ({@link MemberSpans}), so
 * the request is read once; the trace and facts between them, most of a record, are never read.
 * Strings are crossed backwards eight bytes at a time.
 *
 * <p>For bytes already known to be a canonical record (the ledger checked each when it wrote or
 * read it): a canonical string holds a quote only as {@code \"}, so a quote is a string's end
 * exactly when an even number of backslashes precede it. {@link #read} returns false for any
 * record that is not a decision of this layout; the caller then reads it in full. Not
 * thread-safe: one per thread.
 */
final class StoredDecision implements MemberSpans {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

    private static final byte[] FRONT = ascii("{\"body\":{\"bundle\":\"");
    private static final byte[] EFFECT = ascii(",\"decision\":{\"decision\":\"");
    private static final byte[] SIG = ascii(",\"sig\":");
    private static final byte[] SEQ = ascii(",\"seq\":");
    private static final byte[] PREV = ascii(",\"prev\":");
    private static final byte[] KIND = ascii(",\"kind\":\"decision\"");
    private static final byte[] KEY = ascii(",\"key\":");
    private static final byte[] REQUEST = ascii(",\"request\":");
    private static final byte[] RECORDED_AT = ascii(",\"recorded_at\":");
    private static final int LONGEST_SEQ = 16;
    /** Lengths of the envelope's strings: an Ed25519 signature in base64, a hash and a key id in hex. */
    private static final int SIG_LENGTH = 88;

    private static final int PREV_LENGTH = 64;
    private static final int KEY_LENGTH = 16;

    /** The request's wanted members, by their dotted paths from the request. */
    private final WantedPath request;

    private final int[] spans;
    /** By wanted path, the read whose span it holds: a span of an earlier read is absent. */
    private final long[] spanReads;

    private long reads;
    private byte[] data;
    private long seq;
    private int effectStart;
    private int effectEnd;
    private int timeStart;
    private int timeEnd;
    private int requestStart;
    private int requestEnd;

    /** A reader that notes where the request members named by the dotted {@code requestPaths} lie, by index. */
    StoredDecision(List<String> requestPaths) {
        this.request = WantedPath.tree(requestPaths);
        this.spans = new int[2 * requestPaths.size()];
        this.spanReads = new long[requestPaths.size()];
    }

    /**
     * Reads the decision record {@code data[from, to)}: true when it is one, with its fields then
     * at {@link #seq}, {@link #effectStart} …; false for a record of another kind or layout.
     */
    boolean read(byte[] bytes, int from, int to) {
        data = bytes;
        try {
            return back(from, to) && front(from);
        } finally {
            data = null;
        }
    }

    long seq() {
        return seq;
    }

    /** The effect, a quoted string: {@code [effectStart, effectEnd)}. */
    int effectStart() {
        return effectStart;
    }

    int effectEnd() {
        return effectEnd;
    }

    /** The content of the {@code recorded_at} string, without its quotes. */
    int timeStart() {
        return timeStart;
    }

    int timeEnd() {
        return timeEnd;
    }

    @Override
    public int start(int id) {
        return spanReads[id] == reads ? spans[2 * id] : -1;
    }

    @Override
    public int end(int id) {
        return spanReads[id] == reads ? spans[2 * id + 1] : -1;
    }

    /** The request object. */
    int requestStart() {
        return requestStart;
    }

    int requestEnd() {
        return requestEnd;
    }

    /** The envelope, the request and its time, from the record's last byte backwards. */
    private boolean back(int from, int to) {
        int p = to - 1;
        if (p <= from || data[p] != '}') {
            return false;
        }
        p--;
        if (data[p] == '"') {
            p = envelopeStringBefore(p, SIG_LENGTH, from);
            if (p < 0 || !endsWith(p, SIG)) {
                return false;
            }
            p -= SIG.length;
        }
        int digitsEnd = p + 1;
        while (p > from && data[p] >= '0' && data[p] <= '9') {
            p--;
        }
        int digits = digitsEnd - (p + 1);
        if (digits == 0 || digits > LONGEST_SEQ || !endsWith(p, SEQ)) {
            return false;
        }
        seq = 0;
        for (int i = p + 1; i < digitsEnd; i++) {
            seq = seq * 10 + (data[i] - '0');
        }
        p -= SEQ.length;
        p = envelopeStringBefore(p, PREV_LENGTH, from);
        if (p < 0 || !endsWith(p, PREV)) {
            return false;
        }
        p -= PREV.length;
        if (!endsWith(p, KIND)) {
            return false;
        }
        p = envelopeStringBefore(p - KIND.length, KEY_LENGTH, from);
        if (p < 0 || !endsWith(p, KEY)) {
            return false;
        }
        p -= KEY.length;
        if (data[p] != '}' || data[p - 1] != '}') {
            return false;
        }
        requestEnd = p;
        reads++;
        requestStart = members(request, p - 1, from);
        if (requestStart < 0 || !endsWith(requestStart - 1, REQUEST)) {
            return false;
        }
        p = requestStart - 1 - REQUEST.length;
        if (data[p] != '"') {
            return false;
        }
        timeEnd = p;
        p = quotedBefore(p, from);
        if (p < 0 || !endsWith(p, RECORDED_AT)) {
            return false;
        }
        timeStart = p + 2;
        return true;
    }

    /** The effect, the first member of the decision after the bundle digest. */
    private boolean front(int from) {
        if (!startsWith(from, FRONT)) {
            return false;
        }
        int p = stringEnd(from + FRONT.length, timeStart);
        if (p < 0 || !startsWith(p + 1, EFFECT)) {
            return false;
        }
        effectStart = p + EFFECT.length;
        effectEnd = stringEnd(effectStart + 1, timeStart);
        if (effectEnd < 0) {
            return false;
        }
        effectEnd++;
        return true;
    }

    /**
     * {@link #quotedBefore} for a string of the envelope, which holds neither quotes nor
     * backslashes and has the given length in every record the ledger writes: its opening quote
     * is looked for there first.
     */
    private int envelopeStringBefore(int at, int length, int from) {
        int open = at - length - 1;
        if (open > from && data[open] == '"') {
            return open - 1;
        }
        return quotedBefore(at, from);
    }

    /**
     * The index just before the opening quote of the string whose closing quote is at {@code at},
     * or -1 when none lies after {@code from}. Quotes are looked for eight bytes at a time; one
     * that an odd number of backslashes precede lies inside the string.
     */
    private int quotedBefore(int at, int from) {
        int p = at - 1;
        while (p > from) {
            if (p - 7 > from) {
                long quotes = quoteBytes((long) WORDS.get(data, p - 7));
                if (quotes == 0) {
                    p -= 8;
                    continue;
                }
                p = p - 7 + ((63 - Long.numberOfLeadingZeros(quotes)) >>> 3);
            } else if (data[p] != '"') {
                p--;
                continue;
            }
            if (evenBackslashesBefore(p, from)) {
                return p - 1;
            }
            p--;
        }
        return -1;
    }

    /** The high bit of each byte of {@code word} that is a quote, exactly (no borrow crosses bytes). */
    private static long quoteBytes(long word) {
        return zeroBytes(word ^ QUOTES);
    }

    private static long backslashBytes(long word) {
        return zeroBytes(word ^ BACKSLASHES);
    }

    private static long zeroBytes(long x) {
        return ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
    }

    private long word(int at) {
        return (long) WORDS.get(data, at);
    }

    /**
     * The index of the '{' that opens the object whose '}' is at {@code close}, or -1; on the
     * way, backwards, notes where the members on {@code path} lie and goes into those of their
     * values that are objects with wanted members below them.
     */
    private int members(WantedPath path, int close, int from) {
        int p = close - 1;
        if (p <= from) {
            return -1;
        }
        if (data[p] == '{') {
            return p;
        }
        while (true) {
            int valueEnd = p + 1;
            int valueStart = valueStart(p, from);
            if (valueStart <= from + 2 || data[valueStart - 1] != ':' || data[valueStart - 2] != '"') {
                return -1;
            }
            int nameClose = valueStart - 2;
            p = quotedBefore(nameClose, from);
            if (p < 0) {
                return -1;
            }
            WantedPath member = path.child(data, p + 2, nameClose, true);
            if (member != null) {
                if (member.id() >= 0) {
                    spans[2 * member.id()] = valueStart;
                    spans[2 * member.id() + 1] = valueEnd;
                    spanReads[member.id()] = reads;
                }
                if (member.hasChildren()
                        && data[valueStart] == '{'
                        && members(member, valueEnd - 1, from) != valueStart) {
                    return -1;
                }
            }
            if (data[p] == '{') {
                return p;
            }
            if (data[p] != ',') {
                return -1;
            }
            p--;
        }
    }

    /** The index where the value that ends at {@code last} (inclusive) starts, or -1. */
    private int valueStart(int last, int from) {
        byte b = data[last];
        if (b == '"') {
            int p = quotedBefore(last, from);
            return p < 0 ? -1 : p + 1;
        }
        if (b == '}' || b == ']') {
            return containerStart(last, from);
        }
        int p = last;
        while (p > from && data[p - 1] != ':') {
            p--;
        }
        return p;
    }

    /** The index of the '{' or '[' that opens the object or array whose '}' or ']' is at {@code at}, or -1. */
    private int containerStart(int at, int from) {
        int depth = 0;
        for (int p = at; p > from; p--) {
            byte b = data[p];
            if (b == '"') {
                p = quotedBefore(p, from) + 1;
                if (p <= 0) {
                    return -1;
                }
            } else if (b == '}' || b == ']') {
                depth++;
            } else if (b == '{' || b == '[') {
                depth--;
                if (depth == 0) {
                    return p;
                }
            }
        }
        return -1;
    }

    private boolean evenBackslashesBefore(int p, int from) {
        int q = p - 1;
        while (q > from && data[q] == '\\') {
            q--;
        }
        return ((p - 1 - q) & 1) == 0;
    }

    /**
     * The index of the closing quote of the string whose content starts at {@code p}, or -1
     * before {@code limit}; eight bytes at a time up to the first quote or backslash.
     */
    private int stringEnd(int p, int limit) {
        while (p < limit) {
            if (p + 8 <= limit) {
                long special = quoteBytes(word(p)) | backslashBytes(word(p));
                if (special == 0) {
                    p += 8;
                    continue;
                }
                p += Long.numberOfTrailingZeros(special) >>> 3;
            }
            byte b = data[p];
            if (b == '"') {
                return p;
            }
            p += b == '\\' ? 2 : 1;
        }
        return -1;
    }

    /** Whether {@code literal} ends at index {@code last}, inclusive. */
    private boolean endsWith(int last, byte[] literal) {
        int start = last - literal.length + 1;
        return start >= 0 && startsWith(start, literal);
    }

    private boolean startsWith(int at, byte[] literal) {
        if (at < 0 || at + literal.length > data.length) {
            return false;
        }
        for (int i = 0; i < literal.length; i++) {
            if (data[at + i] != literal[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
