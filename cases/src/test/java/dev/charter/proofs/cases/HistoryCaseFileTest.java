package dev.charter.proofs.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.Effect;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code earlier { ... }} block and {@code expect count(...) = N}: what they read and where their errors point. */
class HistoryCaseFileTest {

    private static final String HEADER = String.join(
            "\n", "request { \"agent\": \"bot-1\", \"action\": \"refund\", \"time\": \"2026-12-04T09:30:00Z\" }", "");

    private static CaseFile parse(String... lines) throws CaseFileException {
        return CaseFile.parse("refunds.charter-test", HEADER + String.join("\n", lines) + "\n");
    }

    private static String error(String... lines) {
        return assertThrows(CaseFileException.class, () -> parse(lines)).getMessage();
    }

    @Test
    void earlier_requests_are_merged_over_the_defaults_repeated_and_resolved() throws CaseFileException {
        CaseFile file = parse(
                "test \"t\" {",
                "  earlier {",
                "    3 times request { \"request\": { \"amount\": 10 }, \"time\": \"2026-12-04T09:00:00Z\" } expect permit",
                "    request { \"agent\": \"bot-2\", \"request\": { \"amount\": 900 }, \"time\": \"2026-12-04T09:10:00Z\" }",
                "      expect escalate to \"desk\"",
                "      approved at \"2026-12-04T09:20:00Z\"",
                "  }",
                "  request { \"request\": { \"amount\": 5 } }",
                "  expect deny by per_agent",
                "  expect count(permitted refund, same agent,",
                "      within 1 hour) = 3",
                "  expect sum( request.amount of permitted refund ) == 30.00",
                "  expect exists(any refund) = true",
                "}");
        TestCase test = file.tests().get(0);
        assertEquals(4, test.earlier().size());
        EarlierRequest first = test.earlier().get(0);
        assertEquals("bot-1", first.request().get("agent").asText());
        assertEquals(Instant.parse("2026-12-04T09:00:00Z"), first.time());
        assertEquals(Effect.PERMIT, first.expectation().get().effect());
        assertEquals(Optional.empty(), first.resolution());
        assertEquals(first, test.earlier().get(2));
        EarlierRequest escalated = test.earlier().get(3);
        assertEquals("bot-2", escalated.request().get("agent").asText());
        assertEquals(Instant.parse("2026-12-04T09:10:00Z"), escalated.time());
        assertEquals(
                Optional.of(new EarlierRequest.Resolution(true, Instant.parse("2026-12-04T09:20:00Z"), 7, 7)),
                escalated.resolution());
        assertEquals(
                List.of(
                        new AggregateExpectation("count(permitted refund, same agent, within 1 hour)", "3"),
                        new AggregateExpectation("sum(request.amount of permitted refund)", "30.00"),
                        new AggregateExpectation("exists(any refund)", "true")),
                test.aggregates());
        assertEquals(Effect.DENY, test.expectation().effect());
    }

    @Test
    void a_malformed_earlier_request_is_an_error_at_its_position() {
        assertEquals(
                "refunds.charter-test:4:13: the earlier request is malformed: unknown request key \"agentt\"; a request"
                        + " has agent, action, request, context, time, chain, explain and session",
                error(
                        "test \"t\" {",
                        "  earlier {",
                        "    request { \"agentt\": \"x\" }",
                        "  }",
                        "  request { }",
                        "  expect deny",
                        "}"));
    }

    @Test
    void malformed_json_in_an_earlier_request_is_reported_at_its_line() {
        String message = error(
                "test \"t\" {",
                "  earlier {",
                "    request { \"request\": { \"amount\": } }",
                "  }",
                "  request { }",
                "  expect deny",
                "}");
        assertTrue(message.startsWith("refunds.charter-test:4:"), message);
        assertTrue(message.contains("malformed JSON in the earlier request"), message);
    }

    @Test
    void an_earlier_request_without_a_time_is_an_error() {
        String message = assertThrows(
                        CaseFileException.class,
                        () -> CaseFile.parse(
                                "refunds.charter-test",
                                String.join(
                                        "\n",
                                        "test \"t\" {",
                                        "  earlier { request { \"agent\": \"a\", \"action\": \"refund\" } }",
                                        "  request { \"agent\": \"a\", \"action\": \"refund\" }",
                                        "  expect deny",
                                        "}")))
                .getMessage();
        assertEquals(
                "refunds.charter-test:2:21: the earlier request has no \"time\" (its own or the file's `request`"
                        + " defaults); the scratch ledger records it at that time",
                message);
    }

    @Test
    void earlier_requests_out_of_time_order_are_an_error() {
        assertEquals(
                "refunds.charter-test:5:13: earlier requests are listed in time order: this one at"
                        + " 2026-12-04T08:00:00Z comes before the one at 2026-12-04T09:00:00Z (line 4)",
                error(
                        "test \"t\" {",
                        "  earlier {",
                        "    request { \"time\": \"2026-12-04T09:00:00Z\" }",
                        "    request { \"time\": \"2026-12-04T08:00:00Z\" }",
                        "  }",
                        "  request { }",
                        "  expect deny",
                        "}"));
    }

    @Test
    void the_tests_own_request_before_its_history_is_an_error() {
        assertEquals(
                "refunds.charter-test:4:11: the test's request at 2026-12-04T09:00:00Z comes before the earlier"
                        + " request at 2026-12-04T09:30:00Z (line 3)",
                error(
                        "test \"t\" {",
                        "  earlier { request { } }",
                        "  request { \"time\": \"2026-12-04T09:00:00Z\" }",
                        "  expect deny",
                        "}"));
    }

    @Test
    void a_resolution_after_the_tests_request_is_an_error_at_the_resolution() {
        assertEquals(
                "refunds.charter-test:4:17: resolved at 2026-12-04T10:00:00Z, after the test's request at"
                        + " 2026-12-04T09:30:00Z; leave the resolution out for an escalation still pending",
                error(
                        "test \"t\" {",
                        "  earlier {",
                        "    request { } approved at \"2026-12-04T10:00:00Z\"",
                        "  }",
                        "  request { }",
                        "  expect deny",
                        "}"));
    }

    @Test
    void a_resolution_before_its_request_is_an_error() {
        assertEquals(
                "refunds.charter-test:4:27: the resolution at 2026-12-04T09:00:00Z comes before its request at"
                        + " 2026-12-04T09:30:00Z",
                error(
                        "test \"t\" {",
                        "  earlier {",
                        "    request { } denied at \"2026-12-04T09:00:00Z\"",
                        "  }",
                        "  request { }",
                        "  expect deny",
                        "}"));
    }

    @Test
    void a_repetition_out_of_range_or_without_times_is_an_error() {
        assertEquals(
                "refunds.charter-test:4:5: an earlier request is repeated 1 to 1000 times, not 0",
                error(
                        "test \"t\" {",
                        "  earlier {",
                        "    0 times request { }",
                        "  }",
                        "  request { }",
                        "  expect deny",
                        "}"));
        assertEquals(
                "refunds.charter-test:4:7: expected `times` after the count, found `request`",
                error(
                        "test \"t\" {",
                        "  earlier {",
                        "    5 request { }",
                        "  }",
                        "  request { }",
                        "  expect deny",
                        "}"));
    }

    @Test
    void an_empty_earlier_block_and_a_stray_word_in_it_are_errors() {
        assertEquals(
                "refunds.charter-test:3:13: no earlier requests; list them: earlier { request {...} }",
                error("test \"t\" {", "  earlier { }", "  request { }", "  expect deny", "}"));
        assertEquals(
                "refunds.charter-test:3:13: expected `request` or `}` in the earlier requests, found `expect`",
                error("test \"t\" {", "  earlier { expect permit }", "  request { }", "  expect deny", "}"));
    }

    @Test
    void an_aggregate_needs_a_closing_parenthesis_and_a_value() {
        assertEquals(
                "refunds.charter-test:4:30: expected a number, true or false as the term's value, found `five`",
                error("test \"t\" {", "  request { }", "  expect count(any refund) = five", "}"));
        assertEquals(
                "refunds.charter-test:4:28: expected `= VALUE` after the history term",
                error("test \"t\" {", "  request { }", "  expect count(any refund) 5", "}"));
    }
}
