package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.KeyId;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Reads a stored record: checks that it is canonical JSON with exactly the members of the record
 * layout, well-formed, and locates its fields. Semantics (sequence, chain, keys, signatures) are
 * for its callers. Not thread-safe: one per thread.
 */
final class RecordParser {

    private static final int BODY = 0;
    private static final int KEY = 1;
    private static final int KIND = 2;
    private static final int PREV = 3;
    private static final int SEQ = 4;
    private static final int SIG = 5;
    private static final int EFFECT = 6;
    private static final List<String> DECISION_MEMBERS =
            List.of("bundle", "decision", "facts", "recorded_at", "request");
    private static final int DECISION_MEMBERS_FROM = 7;
    private static final byte[] ESCALATE = "\"escalate\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PERMIT = "\"permit\"".getBytes(StandardCharsets.US_ASCII);
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;
    /** The value of each lower-case hex digit, -1 for every other byte: every record has 64 of them. */
    private static final int[] HEX_DIGITS = new int[256];

    static {
        Arrays.fill(HEX_DIGITS, -1);
        for (int c = '0'; c <= '9'; c++) {
            HEX_DIGITS[c] = c - '0';
        }
        for (int c = 'a'; c <= 'f'; c++) {
            HEX_DIGITS[c] = c - 'a' + 10;
        }
    }

    private static final RecordKind[] KINDS = RecordKind.values();
    private static final byte[][] QUOTED_KINDS = java.util.stream.Stream.of(KINDS)
            .map(k -> ('"' + k.label() + '"').getBytes(StandardCharsets.US_ASCII))
            .toArray(byte[][]::new);

    private KeyId lastKeyId;
    private byte[] lastKeyText;
    private final CanonicalJsonScanner scanner = new CanonicalJsonScanner(List.of(
            "body",
            "key",
            "kind",
            "prev",
            "seq",
            "sig",
            "body.decision.decision",
            "body.bundle",
            "body.decision",
            "body.facts",
            "body.recorded_at",
            "body.request"));

    ParsedRecord parse(byte[] data, int start, int end) throws BadRecord {
        String problem = scanner.scan(data, start, end);
        if (problem != null) {
            throw new BadRecord("not canonical JSON: " + problem);
        }
        if (data[start] != '{') {
            throw new BadRecord("a record is a JSON object");
        }
        for (int required : new int[] {BODY, KEY, KIND, PREV, SEQ}) {
            if (scanner.start(required) < 0) {
                throw new BadRecord("missing member '"
                        + List.of("body", "key", "kind", "prev", "seq").get(required) + "'");
            }
        }
        boolean signed = scanner.start(SIG) >= 0;
        if (scanner.topLevelMembers() != (signed ? 6 : 5)) {
            throw new BadRecord(
                    "unexpected member: a record has exactly body, key, kind, prev, seq and optionally sig");
        }
        if (data[scanner.start(BODY)] != '{') {
            throw new BadRecord("'body' is not an object");
        }
        RecordKind kind = kind(data);
        KeyId keyId = keyId(data);
        byte[] prev = hex32(data, scanner.start(PREV), scanner.end(PREV));
        long seq = sequenceNumber(data);
        byte[] signature = null;
        int unsignedEnd = end - 1;
        if (signed) {
            signature = signature(asciiString(data, SIG, "sig"));
            unsignedEnd = scanner.start(SIG) - RecordLayout.SIG_MEMBER.length + 1;
        }
        if (kind == RecordKind.DECISION) {
            checkDecisionBody(data);
        }
        boolean escalation = kind == RecordKind.DECISION
                && scanner.start(EFFECT) >= 0
                && Arrays.equals(data, scanner.start(EFFECT), scanner.end(EFFECT), ESCALATE, 0, ESCALATE.length);
        boolean permit = kind == RecordKind.DECISION
                && scanner.start(EFFECT) >= 0
                && Arrays.equals(data, scanner.start(EFFECT), scanner.end(EFFECT), PERMIT, 0, PERMIT.length);
        return new ParsedRecord(
                data,
                start,
                end,
                seq,
                kind,
                keyId,
                prev,
                signature,
                unsignedEnd,
                scanner.start(BODY),
                scanner.end(BODY),
                escalation,
                permit);
    }

    /** A decision body has string digests and time, and object request and decision. */
    private void checkDecisionBody(byte[] data) throws BadRecord {
        for (int i = 0; i < DECISION_MEMBERS.size(); i++) {
            int at = scanner.start(DECISION_MEMBERS_FROM + i);
            String member = DECISION_MEMBERS.get(i);
            boolean object = member.equals("decision") || member.equals("request");
            if (at < 0 || data[at] != (object ? '{' : '"')) {
                throw new BadRecord("decision body has no " + (object ? "object" : "string") + " '" + member + "'");
            }
        }
        if (scanner.start(EFFECT) < 0 || data[scanner.start(EFFECT)] != '"') {
            throw new BadRecord("decision body's decision has no 'decision' effect");
        }
    }

    private RecordKind kind(byte[] data) throws BadRecord {
        int from = scanner.start(KIND);
        int to = scanner.end(KIND);
        for (RecordKind kind : KINDS) {
            byte[] quoted = QUOTED_KINDS[kind.ordinal()];
            if (Arrays.equals(data, from, to, quoted, 0, quoted.length)) {
                return kind;
            }
        }
        throw new BadRecord("unknown record kind " + new String(data, from, to - from, StandardCharsets.UTF_8));
    }

    /** The record's key id; a ledger uses one key for long stretches, so the last one is reused. */
    private KeyId keyId(byte[] data) throws BadRecord {
        int from = scanner.start(KEY);
        int to = scanner.end(KEY);
        if (lastKeyId != null && Arrays.equals(data, from, to, lastKeyText, 0, lastKeyText.length)) {
            return lastKeyId;
        }
        if (data[from] != '"') {
            throw new BadRecord("'key' is not a string");
        }
        try {
            lastKeyId = KeyId.parse(new String(data, from + 1, to - from - 2, StandardCharsets.UTF_8));
            lastKeyText = Arrays.copyOfRange(data, from, to);
            return lastKeyId;
        } catch (KeyFormatException e) {
            throw new BadRecord("'key' is not a key id: " + e.getMessage());
        }
    }

    private static byte[] hex32(byte[] data, int from, int to) throws BadRecord {
        if (to - from != 66 || data[from] != '"') {
            throw new BadRecord("'prev' is not 64 lower-case hex digits");
        }
        byte[] out = new byte[32];
        int invalid = 0;
        for (int i = 0; i < 32; i++) {
            int high = hexDigit(data[from + 1 + 2 * i]);
            int low = hexDigit(data[from + 2 + 2 * i]);
            invalid |= high | low; // -1 has every bit set: one test after the loop
            out[i] = (byte) (high << 4 | low);
        }
        if (invalid < 0) {
            throw new BadRecord("'prev' is not 64 lower-case hex digits");
        }
        return out;
    }

    private static int hexDigit(byte c) {
        return HEX_DIGITS[c & 0xFF];
    }

    private String asciiString(byte[] data, int member, String name) throws BadRecord {
        int from = scanner.start(member);
        int to = scanner.end(member);
        if (data[from] != '"') {
            throw new BadRecord("'" + name + "' is not a string");
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (data[i] < 0x20 || data[i] == '\\') {
                throw new BadRecord("'" + name + "' holds characters it never has");
            }
        }
        return new String(data, from + 1, to - from - 2, StandardCharsets.UTF_8);
    }

    private long sequenceNumber(byte[] data) throws BadRecord {
        int from = scanner.start(SEQ);
        int to = scanner.end(SEQ);
        long seq = 0;
        for (int i = from; i < to; i++) {
            if (data[i] < '0' || data[i] > '9' || i - from >= 16) {
                throw new BadRecord("'seq' is not a sequence number");
            }
            seq = seq * 10 + (data[i] - '0');
        }
        if (seq > MAX_SAFE_INTEGER) {
            throw new BadRecord("'seq' is not a sequence number");
        }
        return seq;
    }

    private static byte[] signature(String text) throws BadRecord {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new BadRecord("'sig' is not base64");
        }
        if (signature.length != 64
                || !Base64.getEncoder().encodeToString(signature).equals(text)) {
            throw new BadRecord("'sig' is not the base64 of a 64-byte Ed25519 signature");
        }
        return signature;
    }

    /** Why stored bytes are not a well-formed record. */
    static final class BadRecord extends Exception {
        private static final long serialVersionUID = 1L;

        BadRecord(String message) {
            super(message);
        }
    }
}
