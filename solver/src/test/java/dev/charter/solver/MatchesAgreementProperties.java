package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The runtime's matcher (RE2/J), the solver's automaton ({@link Nfa}, through
 * {@link RegularString#outcomes}) and Z3's regular expressions ({@link RegexEncoder}) decide
 * {@code matches} identically: random patterns of the language's dialect, compiled by the real
 * compiler, against random strings of which most are built to match and then sometimes mutated.
 */
class MatchesAgreementProperties {

    /** Characters the strings draw from: the patterns' letters, classes' edges, a non-BMP code point. */
    private static final List<String> ALPHABET =
            List.of("a", "b", "c", "_", "1", "9", " ", "\n", "\t", "-", ".", "/", "é", "\uD83D\uDE00", "Z");

    /** A compiled pattern with a string to test: usually a member of its language, sometimes edited. */
    record Case(String source, Regex.Pattern pattern, Program program, String text) {
        @Override
        public String toString() {
            return "/" + source + "/ on \"" + text.replace("\n", "\\n").replace("\t", "\\t") + "\"";
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                        PatternSources.patterns(),
                        Arbitraries.longs(),
                        Arbitraries.integers().between(0, 5))
                .as(MatchesAgreementProperties::instance);
    }

    @Property(tries = 600)
    void theRuntimeMatchesExactlyWhenTheSolversAutomatonAccepts(@ForAll("cases") Case c) {
        boolean matched = runtime(c);
        Statistics.label("matched").collect(matched);
        assertEquals(automaton(c), matched, c::toString);
    }

    @Property(tries = 80)
    void z3sRegularExpressionAgreesWithTheRuntime(@ForAll("cases") Case c) {
        assertEquals(runtime(c), z3(c), c::toString);
    }

    private static Case instance(String source, long seed, int edits) {
        Program program = Constitutions.compile("regex.charter", """
                constitution "regex" version 1 {
                  timezone "UTC"
                }
                action send { text: string }
                rule r:
                  permit send
                  when request.text matches /%s/;
                default deny;
                """.formatted(source));
        Regex.Pattern pattern = ((Expr.Matches) program.rules().get(0).condition()).pattern();
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        if (!pattern.anchoredStart()) {
            filler(random, text);
        }
        member(pattern.body(), random, text);
        if (!pattern.anchoredEnd()) {
            filler(random, text);
        }
        // Half the strings stay in the language as built; the others get one to three edits.
        for (int i = 0; i < edits - 2; i++) {
            edit(random, text);
        }
        return new Case(source, pattern, program, text.toString());
    }

    private static boolean runtime(Case c) {
        Decision d = Engine.forProgram(c.program())
                .decide(Request.builder()
                        .agent("a")
                        .action("send")
                        .param("text", c.text())
                        .build());
        return switch (d.reasonCode()) {
            case RULE -> true;
            case DEFAULT -> false;
            default -> throw new AssertionError("the runtime did not decide " + c + ": " + d.reasonCode());
        };
    }

    private static boolean automaton(Case c) {
        return RegularString.outcomes(List.of(RegularString.Test.matching(c.pattern())), c.text())[0];
    }

    private static boolean z3(Case c) {
        try (Context z3 = new Context()) {
            ValueCodec codec = new ValueCodec(z3, List.of(c.program().schema()));
            BoolExpr member = z3.mkInRe(codec.string(c.text()), new RegexEncoder(codec).search(c.pattern()));
            Solver solver = z3.mkSolver();
            solver.add(new BoolExpr[] {member});
            Status status = solver.check();
            if (status == Status.UNKNOWN) {
                throw new AssertionError("Z3 could not decide " + c + ": " + solver.getReasonUnknown());
            }
            return status == Status.SATISFIABLE;
        }
    }

    /** Appends a random string of {@code regex}'s language, repeating at most three times past the minimum. */
    private static void member(Regex regex, Random random, StringBuilder out) {
        if (regex instanceof Regex.Literal l) {
            out.append(l.text());
        } else if (regex instanceof Regex.AnyChar) {
            out.append(ALPHABET.get(random.nextInt(ALPHABET.size())));
        } else if (regex instanceof Regex.CharClass c) {
            out.appendCodePoint(memberOf(c, random));
        } else if (regex instanceof Regex.Concat c) {
            c.parts().forEach(p -> member(p, random, out));
        } else if (regex instanceof Regex.Union u) {
            member(u.alternatives().get(random.nextInt(u.alternatives().size())), random, out);
        } else {
            Regex.Repeat r = (Regex.Repeat) regex;
            int most = r.max() == Regex.Repeat.UNBOUNDED ? r.min() + 3 : Math.min(r.max(), r.min() + 3);
            int times = r.min() + random.nextInt(most - r.min() + 1);
            for (int i = 0; i < times; i++) {
                member(r.body(), random, out);
            }
        }
    }

    /** A code point of the class: from the alphabet when one fits, else the edge of a range. */
    private static int memberOf(Regex.CharClass c, Random random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int candidate = ALPHABET.get(random.nextInt(ALPHABET.size())).codePointAt(0);
            boolean inside = c.ranges().stream().anyMatch(r -> r.from() <= candidate && candidate <= r.to());
            if (inside != c.negated()) {
                return candidate;
            }
        }
        if (c.negated()) {
            return 0x2603;
        }
        Regex.Range range = c.ranges().get(random.nextInt(c.ranges().size()));
        return random.nextBoolean() ? range.from() : Math.min(range.to(), 0x2FFFF);
    }

    private static void filler(Random random, StringBuilder out) {
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.append(ALPHABET.get(random.nextInt(ALPHABET.size())));
        }
    }

    /** Inserts, deletes or replaces one code point. */
    private static void edit(Random random, StringBuilder out) {
        List<Integer> cps = new ArrayList<>(out.codePoints().boxed().toList());
        int letter = ALPHABET.get(random.nextInt(ALPHABET.size())).codePointAt(0);
        int op = cps.isEmpty() ? 0 : random.nextInt(3);
        int at = random.nextInt(cps.size() + (op == 0 ? 1 : 0));
        switch (op) {
            case 0 -> cps.add(at, letter);
            case 1 -> cps.remove(at);
            default -> cps.set(at, letter);
        }
        out.setLength(0);
        cps.forEach(out::appendCodePoint);
    }
}
