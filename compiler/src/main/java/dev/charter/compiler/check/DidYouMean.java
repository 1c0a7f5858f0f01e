package dev.charter.compiler.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the declared name a misspelt one was probably meant to be, by optimal string
 * alignment distance (Levenshtein plus adjacent transpositions, the usual typing slips).
 *
 * <p>A suggestion is only offered when it is close relative to the name's length (about one edit
 * per three characters), so that {@code amout} suggests {@code amount} but {@code x} does not
 * suggest {@code y}. Ties go to the candidate met first, which callers make the declaration order.
 */
final class DidYouMean {

    private DidYouMean() {}

    /** The closest candidate, if one is close enough to be a plausible misspelling. */
    static Optional<String> suggest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = name.length() / 3;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            int distance = candidate.equalsIgnoreCase(name) ? 0 : distance(name, candidate);
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A {@code help} text "did you mean `x`?", or null when nothing is close. */
    static String help(String name, Collection<String> candidates) {
        return suggest(name, candidates).map(s -> "did you mean `" + s + "`?").orElse(null);
    }

    /** Optimal string alignment distance, case-insensitive so that {@code Active} is near {@code active}. */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[s.length()][t.length()];
    }
}
