package dev.charter.runtime.ledger.history;

import java.util.List;
import java.util.Objects;

/**
 * What one history query counts, as the ledger's history index needs it: which earlier decisions
 * match (an action pattern, an effect filter, attributes equal to the current request's) and over
 * which span (the latest {@code windowMinutes} minutes, or the whole history when 0), and which
 * numeric request attribute it sums, if any.
 *
 * @param actionPattern an action name, or a prefix followed by {@code *}
 * @param effect which outcomes count
 * @param sameAs attributes whose values must equal the current request's
 * @param windowMinutes the window in minutes, or 0 for the whole history
 * @param sumOf the summed attribute ({@link Attribute.Type#INT} or {@link Attribute.Type#DECIMAL}),
 *     or null for a count only
 */
public record HistoryQuerySpec(
        String actionPattern, EffectFilter effect, List<Attribute> sameAs, long windowMinutes, Attribute sumOf) {

    /** Which recorded outcomes a query counts. */
    public enum EffectFilter {
        /** PERMIT decisions, and ESCALATE decisions from the record that approved them on. */
        PERMITTED,
        /** Every decision, whatever its outcome. */
        ANY
    }

    public HistoryQuerySpec {
        Objects.requireNonNull(actionPattern, "actionPattern");
        Objects.requireNonNull(effect, "effect");
        sameAs = List.copyOf(sameAs);
        int star = actionPattern.indexOf('*');
        if (actionPattern.isEmpty() || star >= 0 && star != actionPattern.length() - 1) {
            throw new IllegalArgumentException(
                    "an action pattern is a name or a prefix followed by '*': " + actionPattern);
        }
        if (windowMinutes < 0) {
            throw new IllegalArgumentException("a window is a positive number of minutes, or 0 for the whole history");
        }
        if (sumOf != null && sumOf.type() == Attribute.Type.VALUE) {
            throw new IllegalArgumentException("a summed attribute is an int or a decimal: " + sumOf.path());
        }
    }

    /** Whether {@code action} matches the pattern: equal to it, or starting with its prefix. */
    public boolean matchesAction(String action) {
        if (action == null) {
            return false;
        }
        int last = actionPattern.length() - 1;
        return actionPattern.charAt(last) == '*'
                ? action.regionMatches(0, actionPattern, 0, last)
                : action.equals(actionPattern);
    }

    /** Whether the query counts only within a window. */
    public boolean windowed() {
        return windowMinutes > 0;
    }
}
