package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.datalog.Derivation;
import dev.charter.runtime.ir.Effect;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The acceptance cases of the runtime issue, on the LANGUAGE.md fintech constitution and snapshot. */
class FintechAcceptanceTest {

    private Engine engine;

    @BeforeEach
    void attachTheLanguageSnapshot() {
        engine = Engine.forProgram(FintechProgram.program());
        engine.attach(FintechProgram.snapshot());
    }

    @Test
    void escalatesALargePaymentToSeniorOps() {
        Decision d = engine.decideJson("""
                { "agent": "lending-agent-v2",
                  "action": "initiate_payment",
                  "request": { "amount": "15000.00", "destination": "external-account" },
                  "context": { "identity_verified": true, "account_status": "active", "market_halted": false },
                  "time": "2026-04-14T11:42:09Z",
                  "chain": ["orchestrator", "lending-agent-v2"] }
                """);

        assertEquals(Effect.ESCALATE, d.effect());
        assertEquals("senior_ops", d.route());
        assertEquals(List.of("large_payment"), d.rules());
        assertEquals(ReasonCode.RULE, d.reasonCode());
        assertEquals("payments of 10000 or more need senior ops review", d.reason());
    }

    @Test
    void permitsASmallPaymentByADelegateOfATellerAndShowsTheDelegationProof() {
        Decision d =
                engine.decide(FintechProgram.payment("lending-agent-v2", "500").build());

        assertEquals(Effect.PERMIT, d.effect());
        assertEquals(List.of("small_payment"), d.rules());
        Trace.AtomCheck may = d.trace().atoms().get(0);
        assertEquals("may(\"lending-agent-v2\", initiate_payment)", may.atom());
        assertTrue(may.holds());
        Derivation proof = may.proof();
        assertEquals("may(B, X) :- delegates(A, B, X), may(A, X).", clauseOf(proof));
        assertEquals(
                "delegates(\"orchestrator\", \"lending-agent-v2\", initiate_payment)",
                proof.premises().get(0).fact().toString());
        assertEquals(Derivation.Kind.SNAPSHOT, proof.premises().get(0).kind());
        Derivation delegator = proof.premises().get(1);
        assertEquals("may(\"orchestrator\", initiate_payment)", delegator.fact().toString());
        assertEquals("may(A, X) :- role(A, R), grants(R, X).", clauseOf(delegator));
        assertEquals(Derivation.Kind.CONSTITUTION, delegator.premises().get(1).kind());
        assertTrue(d.toJson().contains("\"clause\":\"may(B, X) :- delegates(A, B, X), may(A, X).\""), d.toJson());
    }

    @Test
    void deniesTheSamePaymentByAnAgentWithNoRoleByDefault() {
        Decision d = engine.decide(FintechProgram.payment("stranger", "500").build());

        assertEquals(Effect.DENY, d.effect());
        assertEquals(ReasonCode.DEFAULT, d.reasonCode());
        assertEquals(List.of(), d.rules());
        Trace.AtomCheck may = d.trace().atoms().get(0);
        assertFalse(may.holds());
        assertNull(may.proof());
    }

    @Test
    void deniesEveryCreditLimitChange() {
        Decision d = engine.decide(Request.builder()
                .agent("lending-agent-v2")
                .action("modify_credit_limit")
                .param("new_limit", 20000)
                .build());

        assertEquals(Effect.DENY, d.effect());
        assertEquals(List.of("no_credit_changes"), d.rules());
        assertEquals(ReasonCode.RULE, d.reasonCode());
        assertEquals("requires underwriting review", d.reason());
    }

    private static String clauseOf(Derivation d) {
        return d.toJsonTree().get("clause").asText();
    }
}
