package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.datalog.Budget;
import dev.charter.runtime.datalog.BudgetExceededException;
import dev.charter.runtime.ir.Effect;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error path of {@link Engine#decide} is a DENY that names its cause. */
class EngineFailClosedTest {

    private final Engine engine = FintechProgram.engine();

    @Test
    void deniesAnUnknownAction() {
        assertDenied(
                ReasonCode.UNKNOWN_ACTION,
                engine.decide(Request.builder().agent("a").action("wire_all").build()));
    }

    @Test
    void deniesARequestWithoutAgent() {
        assertDenied(
                ReasonCode.MISSING_AGENT,
                engine.decide(FintechProgram.payment(null, "5").build()));
        assertDenied(
                ReasonCode.MISSING_AGENT,
                engine.decide(FintechProgram.payment("", "5").build()));
    }

    @Test
    void deniesAMissingParameter() {
        Request r = Request.builder()
                .agent("orchestrator")
                .action("initiate_payment")
                .param("amount", 5)
                .context("identity_verified", true)
                .context("account_status", "active")
                .build();
        Decision d = engine.decide(r);
        assertDenied(ReasonCode.MISSING_ATTRIBUTE, d);
        assertEquals("request.destination is missing", d.reason());
    }

    @Test
    void deniesAMissingContextAttributeThatARuleOfTheActionReads() {
        Request r = Request.builder()
                .agent("orchestrator")
                .action("initiate_payment")
                .param("amount", 5)
                .param("destination", "x")
                .context("identity_verified", true)
                .build();
        assertDenied(ReasonCode.MISSING_ATTRIBUTE, engine.decide(r));
    }

    @Test
    void deniesAnIllTypedAttribute() {
        Decision d = engine.decide(FintechProgram.payment("orchestrator", "5")
                .context("account_status", "open")
                .build());
        assertDenied(ReasonCode.ILL_TYPED_ATTRIBUTE, d);
        assertEquals("context.account_status: \"open\" is not a value of AccountStatus", d.reason());
        assertDenied(
                ReasonCode.ILL_TYPED_ATTRIBUTE,
                engine.decide(FintechProgram.payment("orchestrator", "5")
                        .param("amount", "five")
                        .build()));
        assertDenied(
                ReasonCode.ILL_TYPED_ATTRIBUTE,
                engine.decide(FintechProgram.payment("orchestrator", "5")
                        .context("market_halted", "no")
                        .build()));
    }

    @Test
    void deniesUndeclaredAttributes() {
        assertDenied(
                ReasonCode.UNDECLARED_ATTRIBUTE,
                engine.decide(FintechProgram.payment("orchestrator", "5")
                        .param("memo", "hi")
                        .build()));
        assertDenied(
                ReasonCode.UNDECLARED_ATTRIBUTE,
                engine.decide(FintechProgram.payment("orchestrator", "5")
                        .context("vip", true)
                        .build()));
    }

    @Test
    void deniesMalformedJson() {
        assertDenied(ReasonCode.MALFORMED_REQUEST, engine.decideJson("{\"agent\": \"a\", "));
        assertDenied(ReasonCode.MALFORMED_REQUEST, engine.decideJson("{\"agent\": \"a\", \"agent\": \"b\"}"));
        assertDenied(ReasonCode.MALFORMED_REQUEST, engine.decideJson("{\"agnet\": \"a\"}"));
        assertDenied(ReasonCode.MALFORMED_REQUEST, engine.decideJson("[]"));
    }

    @Test
    void aNestedNumberBeyondTheDoublesKeepsItsExactValueAndOneBeyondTheLimitsIsRefused() {
        assertTrue(Request.parse("{\"agent\": \"a\", \"request\": {\"x\": [1e400]}}")
                .toJson()
                .contains("\"request\":{\"x\":[1e+400]}"));
        assertDenied(
                ReasonCode.MISSING_ATTRIBUTE,
                engine.decideJson("{\"agent\": \"a\", \"action\": \"initiate_payment\", "
                        + "\"context\": {\"y\": {\"z\": -1e999}}}"));
        RequestFormatException e = assertThrows(
                RequestFormatException.class,
                () -> Request.parse("{\"agent\": \"a\", \"request\": {\"x\": [1e1000000000]}}"));
        assertEquals(ReasonCode.REQUEST_LIMIT_EXCEEDED, e.reasonCode());
        assertDenied(
                ReasonCode.REQUEST_LIMIT_EXCEEDED,
                engine.decideJson("{\"agent\": \"a\", \"context\": {\"y\": {\"z\": -1e1000000000}}}"));
    }

    @Test
    void deniesAChainThatDoesNotEndWithTheAgent() {
        Request r = FintechProgram.payment("lending-agent-v2", "5")
                .chain(List.of("lending-agent-v2", "orchestrator"))
                .build();
        assertDenied(ReasonCode.MALFORMED_REQUEST, engine.decide(r));
    }

    @Test
    void deniesEverythingWithoutAValidBundle() {
        Engine none = Engine.failClosed("bundle signature does not verify");
        none.attach(FintechProgram.snapshot());
        Decision d = none.decide(Request.builder()
                .agent("a")
                .action("modify_credit_limit")
                .param("new_limit", 1)
                .build());
        assertDenied(ReasonCode.NO_VALID_BUNDLE, d);
        assertEquals("bundle signature does not verify", d.reason());
    }

    @Test
    void refusesASnapshotThatDoesNotFitAndThenDeniesEverything() {
        FactSnapshot bad =
                FactSnapshot.parse("{\"relations\":{\"role\":[[\"a\",\"janitor\"]]}}".getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidFactsException.class, () -> engine.attach(bad));

        Decision d =
                engine.decide(FintechProgram.payment("lending-agent-v2", "5").build());
        assertDenied(ReasonCode.INVALID_FACTS, d);
        assertEquals(bad.digest(), d.trace().snapshotDigest());

        engine.attach(FintechProgram.snapshot());
        assertEquals(
                Effect.PERMIT,
                engine.decide(FintechProgram.payment("lending-agent-v2", "5").build())
                        .effect());
    }

    @Test
    void refusesASnapshotWhoseMaterialisationExceedsTheBudget() {
        Engine tiny = Engine.forProgram(FintechProgram.program(), new Budget(2, 100, Duration.ofSeconds(5), 100));
        assertThrows(BudgetExceededException.class, () -> tiny.attach(FintechProgram.snapshot()));
        assertDenied(
                ReasonCode.BUDGET_EXCEEDED,
                tiny.decide(FintechProgram.payment("lending-agent-v2", "5").build()));
    }

    @Test
    void deniesWhenEvaluationThrows() {
        Engine faulty = Engine.forProgram(FintechProgram.program(), Budget.DEFAULT, rule -> {
            throw new IllegalStateException("injected");
        });
        faulty.attach(FintechProgram.snapshot());
        assertDenied(
                ReasonCode.INTERNAL_ERROR,
                faulty.decide(FintechProgram.payment("lending-agent-v2", "5").build()));
    }

    @Test
    void deniesWhenEvaluationFailsWithAnError() {
        Engine faulty = Engine.forProgram(FintechProgram.program(), Budget.DEFAULT, rule -> {
            throw new StackOverflowError();
        });
        faulty.attach(FintechProgram.snapshot());
        Decision d =
                faulty.decide(FintechProgram.payment("lending-agent-v2", "5").build());
        assertDenied(ReasonCode.INTERNAL_ERROR, d);
        assertTrue(d.reason().contains("StackOverflowError"));
    }

    private static void assertDenied(ReasonCode expected, Decision d) {
        assertEquals(Effect.DENY, d.effect(), d::toJson);
        assertEquals(expected, d.reasonCode(), d::toJson);
        assertEquals(List.of(), d.rules());
    }
}
