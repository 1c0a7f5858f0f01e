package dev.charter.proofs.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * However a constitution spells a history term — blanks and line breaks, an action name quoted
 * or bare, the window in minutes, hours or days and placed anywhere among the clauses — the test
 * file's copy of it reads as the text the compiled term has, which is the text its decision's
 * trace names it by ({@link HistoryTermText#canonical}).
 */
class HistoryTermTextProperties {

    private static final String HEADER = String.join(
            "\n",
            "constitution \"t\" version 1 { timezone \"UTC\" }",
            "action \"write:refund\" { amount: int, customer: string }",
            "action refund { amount: int, customer: string }",
            "action support.lookup { amount: int, customer: string }",
            "");

    private static final List<String> PATTERNS = List.of(
            "refund",
            "\"refund\"",
            "\"write:refund\"",
            "\"write:*\"",
            "support.*",
            "\"support.*\"",
            "*",
            "\"*\"",
            "support.lookup",
            "\"support.\\u006cookup\"",
            "support.look*");

    @Property(tries = 200)
    void aTermCopiedFromTheConstitutionReadsAsItsCompiledText(@ForAll("spellings") String term) {
        Expr.HistoryAggregate aggregate = term.startsWith("exists")
                ? Expr.HistoryAggregate.EXISTS
                : term.startsWith("sum") ? Expr.HistoryAggregate.SUM : Expr.HistoryAggregate.COUNT;
        String condition = aggregate == Expr.HistoryAggregate.EXISTS ? term : term + " >= 0";
        Compilation compiled = Compiler.compile(List.of(
                new SourceFile("t.charter", HEADER + "rule r: deny refund when " + condition + ";\ndefault deny;\n")));
        Program program =
                compiled.program().orElseThrow(() -> new AssertionError(term + ": " + compiled.diagnostics()));
        HistoryQuery query = program.historyQueries().get(0);

        assertEquals(Optional.of(query.text(aggregate)), HistoryTermText.canonical(term), term);
    }

    @Provide
    Arbitrary<String> spellings() {
        return Arbitraries.longs().map(HistoryTermTextProperties::spelling);
    }

    /** A random history term, spelled in one of the ways Charter reads it. */
    private static String spelling(long seed) {
        Random random = new Random(seed);
        String aggregate = List.of("count", "sum", "exists").get(random.nextInt(3));
        List<String> clauses = new ArrayList<>();
        List<String> same = new ArrayList<>(List.of("agent", "session", "request.customer"));
        int sames = random.nextInt(same.size() + 1);
        for (int i = 0; i < sames; i++) {
            clauses.add("same" + blank(random, true) + same.remove(random.nextInt(same.size())));
        }
        if (random.nextBoolean()) {
            clauses.add(random.nextInt(clauses.size() + 1), "within" + blank(random, true) + window(random));
        }
        StringBuilder out =
                new StringBuilder(aggregate).append(blank(random, false)).append('(');
        out.append(blank(random, false));
        if (aggregate.equals("sum")) {
            out.append("request.amount")
                    .append(blank(random, true))
                    .append("of")
                    .append(blank(random, true));
        }
        out.append(random.nextBoolean() ? "permitted" : "any")
                .append(blank(random, true))
                .append(PATTERNS.get(random.nextInt(PATTERNS.size())));
        for (String clause : clauses) {
            out.append(blank(random, false))
                    .append(',')
                    .append(blank(random, false))
                    .append(clause);
        }
        return out.append(blank(random, false)).append(')').toString();
    }

    /** A window of a random length, in any unit that divides it, singular or plural. */
    private static String window(Random random) {
        long minutes =
                List.of(1L, 5L, 60L, 90L, 120L, 1440L, 2880L, 10080L, 527040L).get(random.nextInt(9));
        List<String> spellings = new ArrayList<>(List.of(minutes + " minutes", minutes + " minute"));
        if (minutes % 60 == 0) {
            spellings.add(minutes / 60 + " hours");
            spellings.add(minutes / 60 + " hour");
        }
        if (minutes % 1440 == 0) {
            spellings.add(minutes / 1440 + " days");
            spellings.add(minutes / 1440 + " day");
        }
        return spellings.get(random.nextInt(spellings.size())).replace(" ", blank(random, true));
    }

    /** Blanks between tokens: none (where allowed), a space, several, a line break. */
    private static String blank(Random random, boolean needed) {
        return List.of(needed ? " " : "", " ", "  ", "\n    ", "\t").get(random.nextInt(5));
    }
}
