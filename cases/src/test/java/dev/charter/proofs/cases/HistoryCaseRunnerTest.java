package dev.charter.proofs.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests with earlier requests, run: the history is decided into a scratch ledger in order, each
 * record at its time, resolutions at theirs, and the test's decision reads it; what goes wrong
 * with an earlier request is reported with its position, never skipped.
 */
class HistoryCaseRunnerTest {

    private static final String CONSTITUTION = String.join(
            "\n",
            "constitution \"budget\" version 1 { timezone \"UTC\" }",
            "action refund { amount: int, customer: string }",
            "action lookup { customer: string }",
            "routes { \"desk\" }",
            "rule refunds: permit refund when request.amount <= 100;",
            "rule large: escalate refund to \"desk\" when request.amount > 100;",
            "rule per_agent:",
            "  deny refund when count(permitted refund, same agent, within 1 hour) >= 2 priority 10;",
            "rule lookups: permit lookup;",
            "default deny;",
            "");

    private static final String HEADER = String.join(
            "\n", "request { \"agent\": \"bot-1\", \"action\": \"refund\", \"time\": \"2026-12-04T09:30:00Z\" }", "");

    @TempDir
    Path dir;

    private SuiteRun run(String... tests) throws IOException {
        Files.writeString(dir.resolve("budget.charter"), CONSTITUTION);
        Path file = dir.resolve("budget.charter-test");
        Files.writeString(file, HEADER + String.join("\n", tests) + "\n");
        SuiteRun run = CaseRunner.decisionsOnly().run(file);
        assertEquals(Optional.empty(), run.error());
        return run;
    }

    @Test
    void the_decision_reads_the_earlier_decisions_of_its_window() throws IOException {
        SuiteRun run = run(
                "test \"third within the hour\" {",
                "  earlier { 2 times request { \"request\": { \"amount\": 10, \"customer\": \"c\" } } }",
                "  request { \"request\": { \"amount\": 10, \"customer\": \"c\" } }",
                "  expect deny by per_agent",
                "  expect count(permitted refund, same agent, within 1 hour) = 2",
                "}",
                "test \"an hour later\" {",
                "  earlier { 2 times request { \"request\": { \"amount\": 10, \"customer\": \"c\" } } }",
                "  request { \"request\": { \"amount\": 10, \"customer\": \"c\" }, \"time\": \"2026-12-04T10:30:00Z\" }",
                "  expect permit by refunds",
                "  expect count(permitted refund, same agent, within 1 hour) = 0",
                "}",
                "test \"no earlier requests: an empty history, not an unavailable one\" {",
                "  request { \"request\": { \"amount\": 10, \"customer\": \"c\" } }",
                "  expect permit by refunds",
                "  expect count(permitted refund, same agent, within 1 hour) = 0",
                "}");
        assertEquals(
                List.of(true, true, true),
                run.outcomes().stream().map(CaseOutcome::passed).toList(),
                () -> run.outcomes().toString());
    }

    @Test
    void an_approved_escalation_counts_from_its_approval_and_a_pending_one_does_not() throws IOException {
        SuiteRun run = run(
                "test \"approved\" {",
                "  earlier {",
                "    request { \"request\": { \"amount\": 500, \"customer\": \"c\" }, \"time\": \"2026-12-04T09:00:00Z\" }",
                "      expect escalate to \"desk\"",
                "      approved at \"2026-12-04T09:10:00Z\"",
                "    request { \"request\": { \"amount\": 10, \"customer\": \"c\" }, \"time\": \"2026-12-04T09:05:00Z\" }",
                "      expect permit by refunds",
                "  }",
                "  request { \"request\": { \"amount\": 10, \"customer\": \"c\" } }",
                "  expect deny by per_agent",
                "  expect count(permitted refund, same agent, within 1 hour) = 2",
                "}",
                "test \"pending\" {",
                "  earlier {",
                "    request { \"request\": { \"amount\": 500, \"customer\": \"c\" }, \"time\": \"2026-12-04T09:00:00Z\" }",
                "    request { \"request\": { \"amount\": 10, \"customer\": \"c\" }, \"time\": \"2026-12-04T09:05:00Z\" }",
                "  }",
                "  request { \"request\": { \"amount\": 10, \"customer\": \"c\" } }",
                "  expect permit",
                "  expect count(permitted refund, same agent, within 1 hour) = 1",
                "}",
                "test \"an approval counts at its own time: requested two and a half hours ago, approved fifty minutes ago\" {",
                "  earlier {",
                "    request { \"request\": { \"amount\": 500, \"customer\": \"c\" }, \"time\": \"2026-12-04T07:00:00Z\" }",
                "      approved at \"2026-12-04T08:40:00Z\"",
                "  }",
                "  request { \"request\": { \"amount\": 10, \"customer\": \"c\" } }",
                "  expect permit",
                "  expect count(permitted refund, same agent, within 1 hour) = 1",
                "}");
        assertEquals(
                List.of(true, true, true),
                run.outcomes().stream().map(CaseOutcome::passed).toList(),
                () -> run.outcomes().toString());
    }

    @Test
    void an_earlier_decision_that_misses_its_expectation_is_a_mismatch_naming_it() throws IOException {
        SuiteRun run = run(
                "test \"t\" {",
                "  earlier {",
                "    request { \"request\": { \"amount\": 10, \"customer\": \"c\" } }",
                "    request { \"request\": { \"amount\": 500, \"customer\": \"c\" } } expect permit",
                "  }",
                "  request { \"action\": \"lookup\", \"request\": { \"customer\": \"c\" } }",
                "  expect permit",
                "}");
        CaseOutcome outcome = run.outcomes().get(0);
        assertEquals(
                List.of(new Mismatch("earlier request 2 (5:5), decision", "permit", "escalate")), outcome.mismatches());
    }

    @Test
    void an_earlier_request_denied_as_unreadable_fails_the_test_with_its_position() throws IOException {
        SuiteRun run = run(
                "test \"unknown action\" {",
                "  earlier { request { \"action\": \"refnud\", \"request\": { \"amount\": 10 } } }",
                "  request { \"action\": \"lookup\", \"request\": { \"customer\": \"c\" } }",
                "  expect permit",
                "}",
                "test \"stated\" {",
                "  earlier { request { \"action\": \"refnud\" } expect deny code unknown_action }",
                "  request { \"action\": \"lookup\", \"request\": { \"customer\": \"c\" } }",
                "  expect permit",
                "}");
        CaseOutcome unknown = run.outcomes().get(0);
        assertEquals(false, unknown.passed());
        String error = unknown.error().orElseThrow();
        assertTrue(
                error.startsWith(dir.resolve("budget.charter-test") + ":3:13: the earlier request was denied with"
                        + " reason code unknown_action ("),
                error);
        assertTrue(error.endsWith("if that is intended, say so: expect deny code unknown_action"), error);
        assertTrue(run.outcomes().get(1).passed(), () -> run.outcomes().get(1).toString());
    }

    @Test
    void approving_a_decision_that_did_not_escalate_fails_the_test() throws IOException {
        SuiteRun run = run(
                "test \"t\" {",
                "  earlier {",
                "    request { \"request\": { \"amount\": 10, \"customer\": \"c\" }, \"time\": \"2026-12-04T09:00:00Z\" }",
                "      approved at \"2026-12-04T09:10:00Z\"",
                "  }",
                "  request { \"action\": \"lookup\", \"request\": { \"customer\": \"c\" } }",
                "  expect permit",
                "}");
        assertEquals(
                Optional.of(dir.resolve("budget.charter-test") + ":5:7: the earlier request was decided permit, not"
                        + " escalated, so there is nothing to approve"),
                run.outcomes().get(0).error());
    }

    @Test
    void an_aggregate_with_another_value_or_not_read_is_a_mismatch() throws IOException {
        SuiteRun run = run(
                "test \"t\" {",
                "  earlier { request { \"request\": { \"amount\": 10, \"customer\": \"c\" } } }",
                "  request { \"request\": { \"amount\": 10, \"customer\": \"c\" } }",
                "  expect permit",
                "  expect count(permitted refund, same agent, within 1 hour) = 2",
                "  expect count(any refund) = 1",
                "}");
        assertEquals(
                List.of(
                        new Mismatch("count(permitted refund, same agent, within 1 hour)", "2", "1"),
                        new Mismatch("count(any refund)", "1", "(not read by the decision)")),
                run.outcomes().get(0).mismatches());
    }

    @Test
    void an_aggregate_written_as_in_the_constitution_matches_the_term_it_read() throws IOException {
        Files.writeString(
                dir.resolve("hourly.charter"),
                String.join(
                        "\n",
                        "constitution \"hourly\" version 1 { timezone \"UTC\" }",
                        "action \"write:refund\" { amount: int }",
                        "rule per_agent:",
                        "  deny \"write:refund\" when count(permitted \"write:refund\", within 60 minutes, same agent) >= 2",
                        "  priority 10;",
                        "rule daily: deny \"write:refund\" when sum(request.amount of any \"write:*\", within 24 hours) > 1000;",
                        "rule refunds: permit \"write:refund\";",
                        "default deny;",
                        ""));
        Path file = dir.resolve("hourly.charter-test");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "request { \"agent\": \"bot-1\", \"action\": \"write:refund\", \"time\": \"2026-12-04T09:30:00Z\" }",
                        "test \"third within the hour\" {",
                        "  earlier { 2 times request { \"request\": { \"amount\": 10 } } }",
                        "  request { \"request\": { \"amount\": 10 } }",
                        "  expect deny by per_agent",
                        "  expect count(permitted \"write:refund\", within 60 minutes, same agent) = 2",
                        "  expect count( permitted \"write:refund\",within 1 hour,same agent ) = 2",
                        "  expect sum(request.amount of any \"write:*\", within 24 hours) = 20",
                        "  expect sum(request.amount of any \"write:*\", within 1 day) = 20",
                        "}",
                        ""));

        SuiteRun run = CaseRunner.decisionsOnly().run(file);

        assertEquals(Optional.empty(), run.error());
        assertEquals(List.of(), run.outcomes().get(0).mismatches());
        assertTrue(run.outcomes().get(0).passed(), () -> run.outcomes().toString());
    }
}
