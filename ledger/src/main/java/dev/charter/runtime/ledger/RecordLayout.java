package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.KeyId;
import dev.charter.runtime.keys.SignatureDomain;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The byte layout of a record (see {@code docs/ledger-format.md}): the canonical JSON object
 * {@code {"body":…,"key":…,"kind":…,"prev":…,"seq":…}}, to which a signed record adds
 * {@code "sig"}. Because RFC 8785 sorts member names, {@code sig} is always last, so the
 * unsigned bytes (hashed, chained and signed) are the signed bytes without their last member.
 */
final class RecordLayout {

    /** Domain of record signatures; bundles sign in {@code charter/bundle/v1}. */
    static final SignatureDomain RECORD_DOMAIN = new SignatureDomain("charter/ledger/record/v1");
    /** The {@code prev} of the first record: no record came before it. */
    static final byte[] GENESIS_PREV = new byte[32];

    static final byte[] SIG_MEMBER = bytes(",\"sig\":\"");
    private static final byte[] BODY = bytes("{\"body\":");
    /** Where the body starts in every record. */
    static final int BODY_OFFSET = BODY.length;

    private static final byte[] KEY = bytes(",\"key\":\"");
    private static final byte[] KIND = bytes("\",\"kind\":\"");
    private static final byte[] PREV = bytes("\",\"prev\":\"");
    private static final byte[] SEQ = bytes("\",\"seq\":");

    /**
     * Largest body: what a frame holds ({@link Frame#MAX_LENGTH}) less the type byte and the
     * envelope ({@code key}, {@code kind}, {@code prev}, {@code seq}, {@code sig}), which takes
     * well under a kilobyte.
     */
    static final int MAX_BODY = Frame.MAX_LENGTH - 1024;

    private RecordLayout() {}

    /**
     * Why a record with this body could not be read back, or null when it can: a body larger than
     * {@link #MAX_BODY}, or one that is not canonical JSON within the reader's depth. Checked
     * before a record is queued, with the reader's own scanner, so that a record the writer
     * accepts is always one the reader and verifier accept.
     */
    static String bodyProblem(byte[] body) {
        return scanDecision(body).problem();
    }

    /**
     * What the writer learns of a decision body before it is queued: why it could not be read back
     * ({@link #bodyProblem}), or null; and whether its effect is {@code permit}, read exactly as
     * {@link RecordParser} reads it back.
     */
    record DecisionScan(String problem, boolean permit) {}

    private static final byte[] PERMIT = bytes("\"permit\"");

    static DecisionScan scanDecision(byte[] body) {
        if (body.length > MAX_BODY) {
            return new DecisionScan(
                    "the record body is " + body.length + " bytes, more than a frame holds (" + MAX_BODY + ")", false);
        }
        byte[] record = new byte[BODY.length + body.length + 1];
        System.arraycopy(BODY, 0, record, 0, BODY.length);
        System.arraycopy(body, 0, record, BODY.length, body.length);
        record[record.length - 1] = '}';
        CanonicalJsonScanner scanner = new CanonicalJsonScanner(List.of("body.decision.decision"));
        String problem = scanner.scan(record, 0, record.length);
        if (problem != null) {
            return new DecisionScan("the record body is not canonical JSON the reader accepts: " + problem, false);
        }
        boolean permit = scanner.start(0) >= 0
                && java.util.Arrays.equals(record, scanner.start(0), scanner.end(0), PERMIT, 0, PERMIT.length);
        return new DecisionScan(null, permit);
    }

    /** The unsigned record: what {@code prev}, Merkle leaves and signatures are computed over. */
    static byte[] unsigned(byte[] body, KeyId key, RecordKind kind, byte[] prev, long seq) {
        byte[] keyBytes = bytes(key.hex());
        byte[] kindBytes = bytes(kind.label());
        byte[] prevBytes = hex(prev);
        byte[] seqBytes = bytes(Long.toString(seq));
        byte[] out = new byte
                [BODY.length
                        + body.length
                        + KEY.length
                        + keyBytes.length
                        + KIND.length
                        + kindBytes.length
                        + PREV.length
                        + prevBytes.length
                        + SEQ.length
                        + seqBytes.length
                        + 1];
        int p = 0;
        for (byte[] part : new byte[][] {BODY, body, KEY, keyBytes, KIND, kindBytes, PREV, prevBytes, SEQ, seqBytes}) {
            System.arraycopy(part, 0, out, p, part.length);
            p += part.length;
        }
        out[p] = '}';
        return out;
    }

    /** The stored form of a signed record: the unsigned object with {@code "sig"} appended. */
    static byte[] signed(byte[] unsigned, byte[] signature) {
        byte[] sig = bytes(Base64.getEncoder().encodeToString(signature));
        byte[] out = new byte[unsigned.length - 1 + SIG_MEMBER.length + sig.length + 2];
        System.arraycopy(unsigned, 0, out, 0, unsigned.length - 1);
        int p = unsigned.length - 1;
        System.arraycopy(SIG_MEMBER, 0, out, p, SIG_MEMBER.length);
        p += SIG_MEMBER.length;
        System.arraycopy(sig, 0, out, p, sig.length);
        p += sig.length;
        out[p++] = '"';
        out[p] = '}';
        return out;
    }

    private static final byte[] DIGITS = bytes("0123456789abcdef");

    private static byte[] hex(byte[] raw) {
        byte[] out = new byte[2 * raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[2 * i] = DIGITS[(raw[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[raw[i] & 0xF];
        }
        return out;
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
