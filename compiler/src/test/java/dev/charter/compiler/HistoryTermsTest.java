package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.format.FormatResult;
import dev.charter.compiler.format.Formatter;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FixedHistory;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * History terms compiled from source: the four shapes of docs/language.md ("History") lower to
 * the queries they say, the formatter keeps them as written, and the runtime decides them from
 * the history it is given.
 */
class HistoryTermsTest {

    private static final String SOURCE = """
            constitution "support" version 1 {
              timezone "UTC"
            }

            action support.issue_refund { amount: decimal, customer: string }
            action customer.read_profile { customer: string }
            action email.send { to: string }
            action payments.approve { invoice: string, amount: decimal }
            action payments.request_approval { invoice: string }

            routes { "finance" }

            rule refunds_per_agent:
              deny support.issue_refund
              when count(permitted support.issue_refund, same agent, within 1 hour) >= 5
              priority 10;

            rule refunds_per_customer:
              escalate support.issue_refund to "finance"
              when sum(request.amount of permitted support.issue_refund, same request.customer, within 1 day)
                + request.amount > 500
              priority 5;

            rule refunds:
              permit support.issue_refund;

            rule no_exfiltration:
              deny email.send
              when exists(any customer.read*, same session)
              priority 10;

            rule mail:
              permit email.send;

            rule approved_payments:
              permit payments.approve
              when exists(permitted payments.request_approval, same request.invoice, within 7 days);

            default deny;
            """;

    private static Program compile(String source) {
        Compilation c = Compiler.compile(List.of(new SourceFile("support.charter", source)));
        assertTrue(c.program().isPresent(), c.diagnostics().toString());
        return c.program().get();
    }

    @Test
    void theFourShapesLowerToTheQueriesTheySay() {
        Program program = compile(SOURCE);

        assertEquals(
                List.of(
                        new HistoryQuery(
                                "support.issue_refund",
                                HistoryQuery.EffectFilter.PERMITTED,
                                List.of(new HistoryQuery.Match.SameAgent()),
                                new HistoryQuery.Window.Within(60),
                                Optional.empty()),
                        new HistoryQuery(
                                "support.issue_refund",
                                HistoryQuery.EffectFilter.PERMITTED,
                                List.of(new HistoryQuery.Match.SameParameter("customer", PrimitiveType.STRING)),
                                new HistoryQuery.Window.Within(24 * 60),
                                Optional.of(new HistoryQuery.Summand("amount", PrimitiveType.DECIMAL))),
                        new HistoryQuery(
                                "customer.read*",
                                HistoryQuery.EffectFilter.ANY,
                                List.of(new HistoryQuery.Match.SameSession()),
                                new HistoryQuery.Window.Always(),
                                Optional.empty()),
                        new HistoryQuery(
                                "payments.request_approval",
                                HistoryQuery.EffectFilter.PERMITTED,
                                List.of(new HistoryQuery.Match.SameParameter("invoice", PrimitiveType.STRING)),
                                new HistoryQuery.Window.Within(7 * 24 * 60),
                                Optional.empty())),
                program.historyQueries());
        assertEquals(
                "sum(request.amount of permitted support.issue_refund, same request.customer, within 1 day)",
                program.rule("refunds_per_customer").orElseThrow().condition().subtree().stream()
                        .filter(e -> e instanceof Expr.History)
                        .map(e -> ((Expr.History) e).text())
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void theFormatterKeepsHistoryTermsAsWritten() {
        FormatResult once = Formatter.format(new SourceFile("support.charter", SOURCE));
        String text = ((FormatResult.Formatted) once).text();

        assertTrue(text.contains("count(permitted support.issue_refund, same agent, within 1 hour) >= 5"), text);
        assertTrue(text.contains("exists(any customer.read*, same session)"), text);
        assertEquals(once, Formatter.format(new SourceFile("support.charter", text)));
    }

    @Test
    void theRuntimeDecidesTheBudgetsFromTheHistoryItIsGiven() {
        Program program = compile(SOURCE);
        Engine engine = Engine.forProgram(program);
        HistoryQuery perAgent = program.historyQueries().get(0);
        HistoryQuery perCustomer = program.historyQueries().get(1);
        Request refund = Request.builder()
                .agent("agent-7")
                .action("support.issue_refund")
                .param("amount", new BigDecimal("120"))
                .param("customer", "c-1")
                .time(Instant.parse("2026-04-14T11:42:09Z"))
                .build();

        Decision quiet = engine.decide(
                refund,
                FixedHistory.builder(program)
                        .count(perAgent, 4)
                        .count(perCustomer, 2)
                        .sum(perCustomer, new BigDecimal("380"))
                        .build());
        Decision busy = engine.decide(refund, FixedHistory.builder(program).count(perAgent, 5).build());
        Decision overBudget = engine.decide(
                refund,
                FixedHistory.builder(program)
                        .count(perCustomer, 3)
                        .sum(perCustomer, new BigDecimal("380.01"))
                        .build());

        assertEquals(Effect.PERMIT, quiet.effect());
        assertEquals(Effect.DENY, busy.effect());
        assertEquals(List.of("refunds_per_agent"), busy.rules());
        assertEquals(Effect.ESCALATE, overBudget.effect());
        assertEquals(ReasonCode.HISTORY_UNAVAILABLE, engine.decide(refund).reasonCode());
    }

    @Test
    void exfiltrationAfterReadingCustomerDataInTheSessionIsDenied() {
        Program program = compile(SOURCE);
        Engine engine = Engine.forProgram(program);
        HistoryQuery reads = program.historyQueries().get(2);
        Request send = Request.builder()
                .agent("agent-7")
                .action("email.send")
                .param("to", "x@elsewhere.example")
                .session("s-1")
                .build();

        assertEquals(Effect.DENY, engine.decide(send, FixedHistory.builder(program).count(reads, 1).build()).effect());
        assertEquals(Effect.PERMIT, engine.decide(send, FixedHistory.builder(program).build()).effect());
    }

    @Test
    void historyTermsMayStandInAssertions() {
        Program program = compile(SOURCE
                + """
                assert refunds_are_capped:
                  action == support.issue_refund
                    and count(permitted support.issue_refund, same agent, within 1 hour) >= 5
                    => decision == deny;
                """);

        assertEquals(1, program.assertions().size());
        assertEquals(4, program.historyQueries().size());
    }
}
