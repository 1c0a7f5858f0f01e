package dev.charter.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a tool's run ended, as its execution record states it.
 *
 * @param success      whether the tool returned a result (false: it failed or threw)
 * @param resultDigest {@code "sha256:<64 hex>"} of the result's (or error's) UTF-8 text
 * @param detail       a short note, such as the error's class and message; may be empty
 */
public record ToolOutcome(boolean success, String resultDigest, String detail) {

    /** The longest detail kept; a longer one is cut (the digest covers the whole text). */
    public static final int MAX_DETAIL_CHARS = 512;

    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    public ToolOutcome {
        Objects.requireNonNull(resultDigest, "resultDigest");
        if (!DIGEST.matcher(resultDigest).matches()) {
            throw new IllegalArgumentException("a result digest is sha256:<64 lower-case hex>: " + resultDigest);
        }
        detail = shorten(detail == null ? "" : detail);
    }

    /** The tool returned {@code resultText} (null counts as empty). */
    public static ToolOutcome succeeded(String resultText) {
        return new ToolOutcome(true, digest(resultText), "");
    }

    /** The tool failed with {@code errorText} (null counts as empty), which is also the detail. */
    public static ToolOutcome failed(String errorText) {
        return new ToolOutcome(false, digest(errorText), errorText);
    }

    /** {@code "sha256:<hex>"} of {@code text}'s UTF-8 bytes; null counts as empty. */
    public static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_DETAIL_CHARS) {
            return text;
        }
        int end = MAX_DETAIL_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
