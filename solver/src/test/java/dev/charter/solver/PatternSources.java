package dev.charter.solver;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random {@code matches} patterns, as source text, drawn from every construct of the language's
 * dialect (docs/language.md §7): literals and escapes, {@code .}, classes and negated classes with
 * ranges and shorthands, groups of both kinds, alternation, every quantifier, and the anchors.
 */
final class PatternSources {

    private static final String[] LITERALS = {
        "a",
        "b",
        "c",
        "_",
        "1",
        " ",
        "é",
        "\uD83D\uDE00",
        "\\.",
        "\\/",
        "\\-",
        "\\u00e9",
        "\\n",
        "\\t",
        "\\\\",
        "\\$",
        "\\^",
    };
    private static final String[] SHORTHANDS = {"\\d", "\\w", "\\s", "\\D", "\\W", "\\S"};
    private static final String[] CLASS_ITEMS = {
        "a-c", "b", "_", "0-9", "\\d", "\\s", "\\W", "é", "\uD83D\uDE00", "\\-", "\\]"
    };
    private static final String[] QUANTIFIERS = {"*", "+", "?", "{2}", "{0,}", "{1,}", "{0,2}", "{1,3}", "{3}"};

    private PatternSources() {}

    static Arbitrary<String> patterns() {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            boolean start = random.nextInt(3) == 0;
            boolean end = random.nextInt(3) == 0;
            String body = start || end ? sequence(random, 2) : alternatives(random, 2);
            return (start ? "^" : "") + body + (end ? "$" : "");
        });
    }

    private static String alternatives(Random random, int depth) {
        StringBuilder out = new StringBuilder(sequence(random, depth));
        while (random.nextInt(4) == 0) {
            out.append('|').append(sequence(random, depth));
        }
        return out.toString();
    }

    private static String sequence(Random random, int depth) {
        StringBuilder out = new StringBuilder();
        int atoms = 1 + random.nextInt(3);
        for (int i = 0; i < atoms; i++) {
            out.append(atom(random, depth));
            if (random.nextInt(3) == 0) {
                out.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
            }
        }
        return out.toString();
    }

    private static String atom(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 6 : 4);
        return switch (kind) {
            case 0 -> ".";
            case 1 -> SHORTHANDS[random.nextInt(SHORTHANDS.length)];
            case 2 -> charClass(random);
            case 4 -> "(" + alternatives(random, depth - 1) + ")";
            case 5 -> "(?:" + alternatives(random, depth - 1) + ")";
            default -> LITERALS[random.nextInt(LITERALS.length)];
        };
    }

    private static String charClass(Random random) {
        StringBuilder out = new StringBuilder(random.nextBoolean() ? "[" : "[^");
        int items = 1 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            out.append(CLASS_ITEMS[random.nextInt(CLASS_ITEMS.length)]);
        }
        return out.append(']').toString();
    }
}
