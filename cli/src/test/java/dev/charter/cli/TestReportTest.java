package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestReportTest {

    @Test
    void names_each_failure_with_its_diff_and_ends_with_the_summary() {
        StringWriter text = new StringWriter();
        TestReport.print(List.of(TestRuns.mixed()), new PrintWriter(text, true));
        String report = text.toString();
        assertTrue(report.contains("FAIL " + TestRuns.FILE + ":7 large payment\n"
                + "    expected: escalate by large_payment\n"
                + "    actual:   deny by no_credit_changes code rule\n"
                + "    - decision: escalate\n"
                + "    + decision: deny\n"
                + "    - rule: large_payment\n"
                + "    + rule: no_credit_changes\n"
                + "    decision and trace:\n"), report);
        assertTrue(report.contains("FAIL " + TestRuns.FILE + ":7 broken facts\n    facts.json: no such file\n"), report);
        assertTrue(report.endsWith("2 passed, 2 failed\n"), report);
    }
}
