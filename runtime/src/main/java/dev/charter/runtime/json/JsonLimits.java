package dev.charter.runtime.json;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one set of limits a value must respect to cross Charter's boundary, checked when a request
 * or fact snapshot is read or built, before anything is decided. Each limit is one the ledger's
 * reader and verifier also hold, so that every request the engine decides has a record that reads
 * back exactly (docs/ledger-format.md, "Limits").
 *
 * <ul>
 *   <li>depth: a request or snapshot nests at most {@value #MAX_DEPTH} levels (the request
 *       object is level 1); a record adds a few levels and the reader allows
 *       {@value #MAX_RECORD_DEPTH};
 *   <li>size: a request's text has at most {@value #MAX_REQUEST_CHARS} characters and its
 *       canonical form at most {@value #MAX_REQUEST_BYTES} UTF-8 bytes, so that its record fits a
 *       frame;
 *   <li>text: every string and member name is Unicode, without a lone surrogate, so that it has
 *       exactly one UTF-8 form;
 *   <li>numbers: at most {@value #MAX_NUMBER_DIGITS} significant digits and a decimal exponent
 *       within &plusmn;{@value #MAX_EXPONENT}, so that the exact canonical text of a number is at
 *       most {@value #MAX_NUMBER_TEXT} characters.
 * </ul>
 */
public final class JsonLimits {

    /** Deepest nesting of a request or fact snapshot; the outermost object is level 1. */
    public static final int MAX_DEPTH = 32;
    /** Deepest nesting of a stored record; a request sits at level 3 of its record, its trace values deeper. */
    public static final int MAX_RECORD_DEPTH = 64;
    /** Longest request text read at all, in UTF-16 characters. */
    public static final int MAX_REQUEST_CHARS = 1 << 20;
    /** Largest canonical form of a request, in UTF-8 bytes. */
    public static final int MAX_REQUEST_BYTES = 1 << 20;
    /** Most significant digits of a number. */
    public static final int MAX_NUMBER_DIGITS = 1000;
    /** Largest magnitude of a number's decimal exponent (of its first digit). */
    public static final int MAX_EXPONENT = 999_999_999;
    /** Longest canonical number text: the digits, a sign, a point, {@code e}, the exponent's sign and digits. */
    public static final int MAX_NUMBER_TEXT = MAX_NUMBER_DIGITS + 24;

    private JsonLimits() {}

    /**
     * Why a value read from JSON is refused.
     *
     * @param limit true when it is beyond a limit (depth, number size), false when it has no exact
     *              canonical form (a lone surrogate)
     */
    public record Problem(boolean limit, String message) {}

    /**
     * A problem when {@code text} holds a lone surrogate, else null; {@code what} names it and
     * where it was found in the message ("the string at $.request.memo").
     */
    public static Problem text(String text, String what) {
        int at = loneSurrogate(text);
        return at < 0
                ? null
                : new Problem(
                        false,
                        what + " holds a lone surrogate (U+"
                                + Integer.toHexString(text.charAt(at)).toUpperCase(Locale.ROOT) + " at character " + at
                                + "), which is not Unicode and has no exact canonical form");
    }

    /** The index of the first lone surrogate in {@code text}, or -1 when it is Unicode throughout. */
    public static int loneSurrogate(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Why {@code value} is beyond the number limits, as what the number has ("has more than 1000
     * significant digits"), or null when it is within them.
     */
    public static String numberProblem(BigDecimal value) {
        if (value.signum() == 0) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() > MAX_NUMBER_DIGITS) {
            return "has more than " + MAX_NUMBER_DIGITS + " significant digits";
        }
        long exponent = (long) stripped.precision() - stripped.scale() - 1;
        if (Math.abs(exponent) > MAX_EXPONENT) {
            return "has an exponent beyond ±" + MAX_EXPONENT;
        }
        return null;
    }

    /** The number of UTF-8 bytes of {@code text}, which holds no lone surrogate (canonical text never does). */
    public static long utf8Length(CharSequence text) {
        long bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
