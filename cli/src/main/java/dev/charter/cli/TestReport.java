package dev.charter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.charter.proofs.cases.AssertionOutcome;
import dev.charter.proofs.cases.CaseOutcome;
import dev.charter.proofs.cases.Mismatch;
import dev.charter.proofs.cases.RuleCoverage;
import dev.charter.proofs.cases.SuiteRun;
import java.io.PrintWriter;
import java.util.List;

/**
 * How {@code charter test} tells people what happened: one line per failed test with where it
 * is, a diff of each stated part that differs ({@code -} expected, {@code +} actual), the whole
 * decision with its trace, then the summary line {@code N passed, N failed} (tests only), the
 * solver's verdicts on the assertions ({@code assertions: N proved, N refuted, N inconclusive},
 * when any were proved) and, asked for, each tested constitution's rule coverage.
 */
final class TestReport {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TestReport() {}

    static void print(List<SuiteRun> runs, boolean coverage, PrintWriter out) {
        for (SuiteRun run : runs) {
            run.error()
                    .ifPresent(why -> out.printf(
                            "FAIL %s%n%s%n%n",
                            TerminalText.line(String.valueOf(run.file())), indent(TerminalText.lines(why))));
            for (CaseOutcome outcome : run.outcomes()) {
                if (!outcome.passed()) {
                    out.printf(
                            "FAIL %s:%d %s%n%s%n",
                            TerminalText.line(String.valueOf(run.file())),
                            outcome.test().line(),
                            TerminalText.line(outcome.test().name()),
                            indent(TerminalText.lines(details(outcome))));
                }
            }
            for (AssertionOutcome assertion : run.assertions()) {
                if (!assertion.passed()) {
                    out.printf(
                            "FAIL %s assertion %s%n%s%n",
                            TerminalText.line(String.valueOf(run.file())),
                            TerminalText.line(assertion.name()),
                            indent(TerminalText.lines(details(assertion))));
                }
            }
        }
        out.printf(
                "%d passed, %d failed%n",
                runs.stream().mapToLong(SuiteRun::testsPassed).sum(),
                runs.stream().mapToLong(SuiteRun::testsFailed).sum());
        List<AssertionOutcome> assertions =
                runs.stream().flatMap(run -> run.assertions().stream()).toList();
        if (!assertions.isEmpty()) {
            long unexpected = assertions.stream().filter(a -> !a.passed()).count();
            out.printf(
                    "assertions: %d proved, %d refuted, %d inconclusive%s%n",
                    verdicts(assertions, "proved"),
                    verdicts(assertions, "refuted"),
                    verdicts(assertions, "inconclusive"),
                    unexpected == 0 ? "" : "; " + unexpected + " not as expected");
        }
        if (coverage) {
            RuleCoverage.of(runs).forEach(c -> printCoverage(c, out));
        }
    }

    private static long verdicts(List<AssertionOutcome> assertions, String verdict) {
        return assertions.stream().filter(a -> a.verdict().equals(verdict)).count();
    }

    /** {@code rule coverage of FILE: N of M rules decided a test}, then the rules that decided none. */
    private static void printCoverage(RuleCoverage coverage, PrintWriter out) {
        out.printf(
                "rule coverage of %s: %d of %d rule%s decided a test%n",
                TerminalText.line(coverage.constitution()),
                coverage.decided(),
                coverage.rules().size(),
                coverage.rules().size() == 1 ? "" : "s");
        if (!coverage.undecided().isEmpty()) {
            out.printf("    decided no test: %s%n", TerminalText.line(String.join(", ", coverage.undecided())));
        }
    }

    /** One line: what was expected and what came. */
    static String summary(CaseOutcome outcome) {
        if (outcome.error().isPresent()) {
            return outcome.error().get();
        }
        return "expected " + outcome.test().expectation() + ", got "
                + outcome.actual().map(a -> a.describe()).orElse("no decision");
    }

    /** What the solver said against what was expected, and the counterexample if there is one. */
    static String details(AssertionOutcome assertion) {
        return "expected: " + assertion.expected() + "\nactual:   " + assertion.verdict() + "\n" + assertion.message()
                + assertion
                        .witness()
                        .map(w -> "\ncounterexample:\n" + pretty(w))
                        .orElse("");
    }

    /** The diff of the stated parts and the full decision with its trace. */
    static String details(CaseOutcome outcome) {
        if (outcome.error().isPresent()) {
            return outcome.error().get();
        }
        StringBuilder text = new StringBuilder();
        text.append("expected: ").append(outcome.test().expectation()).append('\n');
        text.append("actual:   ")
                .append(outcome.actual().map(a -> a.describe()).orElse("no decision"))
                .append('\n');
        for (Mismatch mismatch : outcome.mismatches()) {
            text.append("- ")
                    .append(mismatch.part())
                    .append(": ")
                    .append(mismatch.expected())
                    .append('\n');
            text.append("+ ")
                    .append(mismatch.part())
                    .append(": ")
                    .append(mismatch.actual())
                    .append('\n');
        }
        outcome.actual().ifPresent(a -> text.append("decision and trace:\n").append(pretty(a.json())));
        return text.toString().stripTrailing();
    }

    private static String pretty(String json) {
        try {
            return PRETTY.writeValueAsString(PRETTY.readTree(json)).stripTrailing();
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }
}
