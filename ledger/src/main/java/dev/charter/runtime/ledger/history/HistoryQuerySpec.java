package dev.charter.runtime.ledger.history;

import java.util.List;
import java.util.Objects;

/**
 * What one history term counts, as the ledger's history index needs it: which earlier decisions
 * match (an action pattern, an effect filter, attributes equal to the current request's) and over
 * which span (the latest {@code windowMinutes} minutes, or the whole history when 0), and which
 * numeric request attribute it sums, if any. Paths are dotted paths into the request object
 * ({@code agent}, {@code session}, {@code request.customer}).
 *
 * @param actionPattern an action name, or a prefix followed by {@code *}
 * @param effect        which outcomes count
 * @param sameAs        paths whose values must equal the current request's
 * @param windowMinutes the window in minutes, or 0 for the whole history
 * @param sumOf         the path of the summed numeric attribute, or null for a count only
 */
public record HistoryQuerySpec(
        String actionPattern, EffectFilter effect, List<String> sameAs, long windowMinutes, String sumOf) {

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
        if (actionPattern.isEmpty() || actionPattern.indexOf('*') >= 0 && actionPattern.indexOf('*') != actionPattern.length() - 1) {
            throw new IllegalArgumentException("an action pattern is a name or a prefix followed by '*': " + actionPattern);
        }
        if (windowMinutes < 0) {
            throw new IllegalArgumentException("a window is a positive number of minutes, or 0 for the whole history");
        }
        for (String path : sameAs) {
            checkPath(path);
        }
        if (sumOf != null) {
            checkPath(sumOf);
        }
    }

    private static void checkPath(String path) {
        if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw new IllegalArgumentException("not a dotted attribute path: '" + path + "'");
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) < 0x20 || path.charAt(i) > 0x7e || path.charAt(i) == '"' || path.charAt(i) == '\\') {
                throw new IllegalArgumentException("an attribute path is printable ASCII: '" + path + "'");
            }
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
