package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.Decision;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.DatalogScenarios.Scenario;
import org.junit.jupiter.api.Test;

/** The fuzz's ground truth answers what the runtime does, derived relations included. */
class RuntimeTruthTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Program PROGRAM = Constitutions.compile("truth.charter", """
            constitution "truth" version 1 { timezone "UTC" }
            enum Role { teller, admin }
            action pay { amount: int }
            input relation role(agent: string, role: Role)
            input relation delegates(from: string, to: string)
            may(A) :- role(A, admin).
            may(B) :- delegates(A, B), may(A).
            rule admins: permit pay when may(agent);
            rule big: escalate pay to "desk" when request.amount > 100 priority 5;
            default deny;
            assert admins_pay: pay and may(agent) and request.amount <= 100 => decision == permit;
            assert only_bob: decision == permit => agent == "bob";
            assert routed: decision == escalate => route == "desk";
            """);
    private static final String FACTS = """
            {"relations": {"role": [["alice", "admin"]], "delegates": [["alice", "bob"], ["bob", "carol"]]}}""";

    @Test
    void decisionsConditionsAndAssertionsAreTheRuntimes() throws Exception {
        RuntimeTruth truth = new RuntimeTruth(PROGRAM);
        Scenario carol = scenario("carol", 50);
        Decision decision = truth.decide(carol);
        assertEquals(Effect.PERMIT, decision.effect(), "carol may pay through a two-hop delegation chain");
        assertTrue(truth.holds(assertion("admins_pay"), carol, decision));
        assertFalse(truth.holds(assertion("only_bob"), carol, decision));
        assertTrue(truth.wins(rule("admins"), carol));

        Scenario large = scenario("carol", 500);
        Decision escalated = truth.decide(large);
        assertTrue(truth.matches(rule("admins"), large));
        assertFalse(truth.wins(rule("admins"), large), "the priority-5 escalation wins");
        assertTrue(truth.holds(assertion("routed"), large, escalated));
        assertTrue(truth.holds(assertion("only_bob"), large, escalated), "an escalation is not a permit");

        Scenario stranger = scenario("zed", 50);
        assertFalse(truth.matches(rule("admins"), stranger));
        assertEquals(Effect.DENY, truth.decide(stranger).effect());
    }

    private static Scenario scenario(String agent, long amount) throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree("""
                {"agent": "%s", "action": "pay", "request": {"amount": %d}, "time": "2026-01-05T09:00:00Z"}""".formatted(agent, amount));
        return new Scenario(request, (ObjectNode) JSON.readTree(FACTS));
    }

    private static Assertion assertion(String name) {
        return PROGRAM.assertions().stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static DecisionRule rule(String name) {
        return PROGRAM.rule(name).orElseThrow();
    }
}
