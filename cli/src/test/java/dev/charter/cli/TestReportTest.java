package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.proofs.cases.CaseOutcome;
import dev.charter.proofs.cases.SuiteRun;
import dev.charter.runtime.ir.Effect;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestReportTest {

    @Test
    void names_each_failure_with_its_diff_and_ends_with_the_summary() {
        StringWriter text = new StringWriter();
        TestReport.print(List.of(TestRuns.mixed()), false, new PrintWriter(text, true));
        String report = text.toString();
        assertTrue(
                report.contains("FAIL " + TestRuns.FILE + ":7 large payment\n"
                        + "    expected: escalate by large_payment\n"
                        + "    actual:   deny by no_credit_changes code rule\n"
                        + "    - decision: escalate\n"
                        + "    + decision: deny\n"
                        + "    - rule: large_payment\n"
                        + "    + rule: no_credit_changes\n"
                        + "    decision and trace:\n"),
                report);
        assertTrue(
                report.contains("FAIL " + TestRuns.FILE + ":7 broken facts\n    facts.json: no such file\n"), report);
        assertTrue(report.endsWith("2 passed, 2 failed\n"), report);
    }

    @Test
    void control_characters_in_names_and_errors_are_escaped_so_no_line_is_forged() {
        CaseOutcome forged = new CaseOutcome(
                TestRuns.FILE,
                TestRuns.testCase("forged\n1 passed, 0 failed\u001b[2J", TestRuns.expect(Effect.DENY, "x")),
                Optional.empty(),
                List.of(),
                Optional.of("why\u001b]0;title\u0007"),
                Duration.ZERO);
        StringWriter text = new StringWriter();
        TestReport.print(
                List.of(new SuiteRun(TestRuns.FILE, Optional.empty(), List.of(forged), List.of(), Optional.empty())),
                false,
                new PrintWriter(text, true));
        String report = text.toString();
        assertTrue(
                report.startsWith("FAIL " + TestRuns.FILE + ":7 forged\\n1 passed, 0 failed\\u001b[2J\n"
                        + "    why\\u001b]0;title\\u0007\n"),
                report);
        assertTrue(report.chars().noneMatch(c -> c < 0x20 && c != '\n'), report);
    }

    @Test
    void assertions_are_counted_by_verdict_apart_from_the_tests() {
        StringWriter text = new StringWriter();
        TestReport.print(List.of(TestRuns.mixed(), TestRuns.assertionsOnly()), false, new PrintWriter(text, true));
        assertTrue(
                text.toString()
                        .endsWith("2 passed, 2 failed\n"
                                + "assertions: 1 proved, 2 refuted, 1 inconclusive; 2 not as expected\n"),
                text.toString());
    }

    @Test
    void coverage_names_the_rules_no_test_of_any_file_made_decide() {
        StringWriter text = new StringWriter();
        TestReport.print(List.of(TestRuns.mixed(), TestRuns.assertionsOnly()), true, new PrintWriter(text, true));
        assertTrue(
                text.toString()
                        .endsWith("rule coverage of examples/fintech/lending.charter: 2 of 4 rules decided a test\n"
                                + "    decided no test: balance_ok, large_payment\n"),
                text.toString());
    }
}
