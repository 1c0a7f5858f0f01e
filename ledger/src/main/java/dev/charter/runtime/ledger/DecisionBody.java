package dev.charter.runtime.ledger;

import dev.charter.runtime.Decision;
import dev.charter.runtime.json.CanonicalWriter;
import dev.charter.runtime.json.JsonLimits;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The canonical body of a decision record: {@code bundle}, {@code decision}, {@code facts},
 * {@code recorded_at}, {@code request}, in that (RFC 8785) order. The decision and request are
 * already canonical JSON, so the body is put together rather than re-serialised. A request that
 * could not be read is kept as {@code {"unparsed": text}} so that its DENY replays too.
 */
final class DecisionBody {

    /** The member holding the text of a request that was not well-formed. */
    static final String UNPARSED = "unparsed";

    private DecisionBody() {}

    static byte[] of(String canonicalRequest, Decision decision, Instant recordedAt) {
        String facts = decision.trace().snapshotDigest();
        String body = "{\"bundle\":" + quote(decision.trace().bundleDigest())
                + ",\"decision\":" + decision.toJson()
                + ",\"facts\":" + quote(facts == null ? "none" : facts)
                + ",\"recorded_at\":" + quote(Timestamps.of(recordedAt))
                + ",\"request\":" + canonicalRequest + "}";
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The request member for a request text that could not be parsed. A text longer than
     * {@link JsonLimits#MAX_REQUEST_CHARS} is kept up to one character past the limit: that is
     * all its DENY depends on, so it replays, and the record stays bounded.
     */
    static String unparsed(String text) {
        String kept = text.length() > JsonLimits.MAX_REQUEST_CHARS
                ? text.substring(0, JsonLimits.MAX_REQUEST_CHARS + 1)
                : text;
        return "{\"" + UNPARSED + "\":" + quote(kept) + "}";
    }

    /** A JSON string; digests and times need no escaping, so they skip the writer. */
    private static String quote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
                return new CanonicalWriter(new StringBuilder(text.length() + 16))
                        .string(text)
                        .toString();
            }
        }
        return '"' + text + '"';
    }
}
