package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.ActionAvailability.Entry;
import dev.charter.solver.ActionAvailability.Status;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which actions an agent can get through: unavailable only when proved (or refused by the
 * runtime for every request as sent), available only with a witness the runtime decides
 * permit or escalate.
 */
class ActionAvailabilityTest {

    private static final Program PROGRAM = Constitutions.compile("tools.charter", """
            constitution "tools" version 1 { timezone "UTC" }
            routes { "owner" }
            context { verified: bool }
            action read { path: string }
            action write { path: string, content: string }
            action audit {}
            action checked {}
            action forbidden {}
            input relation auditor(who: string)
            rule public_reads: permit read when request.path starts_with "/pub/";
            rule alice_writes: escalate write to "owner" when agent == "alice";
            rule auditors: permit audit when auditor(agent);
            rule verified_only: permit checked when context.verified;
            rule never: deny forbidden;
            default deny;
            """);

    private static final FactSnapshot FACTS = FactSnapshot.parse("""
            {"relations": {"auditor": [["bob"]]}}
            """.getBytes(StandardCharsets.UTF_8));

    private static final List<String> AGENTS = List.of("alice", "bob");
    private static final List<String> ACTIONS = List.of("read", "write", "audit", "checked", "forbidden", "delete");

    private static ActionAvailability.Table analyse(ActionAvailability.Options options) {
        return ActionAvailability.analyze(PROGRAM, FACTS, AGENTS, ACTIONS, options);
    }

    @Test
    void anActionEveryAgentMayUseIsAvailableToEachWithAWitnessTheRuntimePermits() {
        ActionAvailability.Table table = analyse(ActionAvailability.Options.defaults());
        for (String agent : AGENTS) {
            Entry read = table.entry(agent, "read").orElseThrow();
            assertEquals(Status.AVAILABLE, read.status(), read::detail);
            assertEquals(agent, read.witness().get("agent").asText());
            assertEquals(Effect.PERMIT, decide(read).effect());
        }
    }

    @Test
    void anEscalationCountsAsAvailableOnlyForTheAgentItNames() {
        ActionAvailability.Table table = analyse(ActionAvailability.Options.defaults());
        Entry alice = table.entry("alice", "write").orElseThrow();
        assertEquals(Status.AVAILABLE, alice.status(), alice::detail);
        assertEquals(Effect.ESCALATE, decide(alice).effect());
        Entry bob = table.entry("bob", "write").orElseThrow();
        assertEquals(Status.UNAVAILABLE, bob.status(), bob::detail);
        assertNull(bob.witness());
        assertFalse(table.possible("bob", "write"));
    }

    @Test
    void factsDecideWhoMayAudit() {
        ActionAvailability.Table table = analyse(ActionAvailability.Options.defaults());
        assertEquals(
                Status.UNAVAILABLE, table.entry("alice", "audit").orElseThrow().status());
        assertEquals(Status.AVAILABLE, table.entry("bob", "audit").orElseThrow().status());
    }

    @Test
    void aDenyOnlyActionAndAnUndeclaredOneAreUnavailableToEveryone() {
        ActionAvailability.Table table = analyse(ActionAvailability.Options.defaults());
        for (String agent : AGENTS) {
            assertEquals(
                    Status.UNAVAILABLE,
                    table.entry(agent, "forbidden").orElseThrow().status());
            Entry delete = table.entry(agent, "delete").orElseThrow();
            assertEquals(Status.UNAVAILABLE, delete.status());
            assertTrue(delete.detail().contains("unknown_action"), delete::detail);
        }
    }

    @Test
    void anActionWhoseRulesReadTheContextIsUnavailableToRequestsThatNeverCarryOne() {
        Entry withContext = analyse(ActionAvailability.Options.defaults())
                .entry("alice", "checked")
                .orElseThrow();
        assertEquals(Status.AVAILABLE, withContext.status(), withContext::detail);
        Entry without = analyse(ActionAvailability.Options.defaults().withoutContext())
                .entry("alice", "checked")
                .orElseThrow();
        assertEquals(Status.UNAVAILABLE, without.status(), without::detail);
        assertTrue(without.detail().contains("context.verified"), without::detail);
    }

    @Test
    void withoutContextTheWitnessIsTheRequestAsSent() {
        Entry read = analyse(ActionAvailability.Options.defaults().withoutContext())
                .entry("alice", "read")
                .orElseThrow();
        assertEquals(Status.AVAILABLE, read.status(), read::detail);
        assertNotNull(read.witness());
        assertFalse(read.witness().has("context"), read.witness()::toString);
        assertEquals(Effect.PERMIT, decide(read).effect());
    }

    @Test
    void aPairNeverAnalysedIsPossible() {
        ActionAvailability.Table table = analyse(ActionAvailability.Options.defaults());
        assertTrue(table.entry("carol", "read").isEmpty());
        assertTrue(table.possible("carol", "read"));
    }

    private static dev.charter.runtime.Decision decide(Entry entry) {
        Engine engine = Engine.forProgram(PROGRAM);
        engine.attach(FACTS);
        return engine.decide(Request.parse(entry.witness().toString()));
    }
}
