package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims about constitutions whose relations depend on the host's facts, run through the same
 * entry points as {@code charter check} and {@code charter diff}: every refutation, difference and
 * finding holds in the runtime under the snapshot it shows, a snapshot shown by {@code diff} fits
 * both versions, and no equivalence is claimed that some snapshot both versions accept refutes.
 */
class SolverSoundnessReviewTest {

    /** p reaches "z" from "a" in seven derivation steps, more than the bounded encoding's rounds. */
    private static final String LONG_CHAIN = """
            constitution "chain" version 1 { timezone "UTC" }
            action pay { target: string }
            input relation start(a: string)
            input relation e1(a: string, b: string)
            input relation e2(a: string, b: string)
            p(X) :- start(X).
            q(Y) :- p(X), e1(X, Y).
            p(Y) :- q(X), e2(X, Y).
            default deny;
            assert far:
              start("a") and e1("a", "b") and e2("b", "c") and e1("c", "d") and e2("d", "e") and e1("e", "f")
                and e2("f", "z")
              => p("z") or route == request.target;
            """;

    @Test
    void anAssertionAClauseChainLongerThanTheBoundedRoundsImpliesIsNeverRefuted() {
        Report report =
                new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("chain.charter", LONG_CHAIN));
        assertTrue(
                report.ofKind(FindingKind.ASSERTION_REFUTED).isEmpty(),
                () -> report.findings().toString());
    }

    @Test
    void aRefutationComparingTheRouteWithARequestAttributeIsConfirmedByTheRuntime() {
        Program program = Constitutions.compile("route.charter", """
                constitution "route" version 1 { timezone "UTC" }
                action pay { target: string }
                input relation desk(name: string)
                rule r: escalate pay to "desk" when desk(request.target);
                default deny;
                assert routed_to_target: decision == escalate => route == request.target;
                """);
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        List<Finding> refuted = report.ofKind(FindingKind.ASSERTION_REFUTED);
        assertEquals(1, refuted.size(), () -> report.findings().toString());
        Witness witness = refuted.get(0).witnessRequest().orElseThrow();
        Request request = Request.parse(witness.request().toString());
        assertNotEquals("desk", request.parameters().get("target"), witness.request()::toString);
        assertEquals(Effect.ESCALATE, decide(program, facts(witness.facts()), request));
    }

    private static final String ROLES = """
            constitution "held" version 1 { timezone "UTC" }
            enum Role { teller, admin }
            enum Level { admin, teller }
            action pay { amount: int }
            input relation held(who: string, r: %s)
            rule holders: permit pay when held(agent, %s);
            default deny;
            """;

    @Test
    void anInputRelationRetypedBetweenVersionsIsNotOneUnknownPredicate() {
        Program before = Constitutions.compile("old.charter", ROLES.formatted("Role", "admin"));
        Program after = Constitutions.compile("new.charter", ROLES.formatted("Level", "teller"));
        FactSnapshot adminHeld =
                FactSnapshot.builder().add("held", "bob", "admin").build();
        Request bob = Request.parse("""
                {"agent":"bob","action":"pay","request":{"amount":0},"context":{},"time":"2026-01-05T09:00:00Z","chain":["bob"]}""");
        assertEquals(Effect.PERMIT, decide(before, adminHeld, bob));
        assertEquals(Effect.DENY, decide(after, adminHeld, bob));
        ActionChange pay = new VersionDiff(AnalysisOptions.defaults())
                .compare(before, after)
                .actions()
                .get(0);
        assertNotEquals(ActionChange.Status.EQUIVALENT, pay.status(), pay::message);
        assertExamplesFitBoth(pay, before, after);
    }

    private static final String VIPS = """
            constitution "vips" version 1 { timezone "UTC" }
            action pay { amount: int }
            input relation limit(who: string, n: %s)
            %s
            rule limited: permit pay when limit(agent, 5) and request.amount < 10;
            %s
            default deny;
            """;

    @Test
    void aDiffWhereTheNewVersionReadsAnInputRelationTheOldLacksShowsOnlySnapshotsBothAccept() {
        Program before = Constitutions.compile("old.charter", VIPS.formatted("int", "", ""));
        Program after = Constitutions.compile(
                "new.charter",
                VIPS.formatted("int", "input relation vip(who: string)", "rule vips: permit pay when vip(agent);"));
        DiffReport report = new VersionDiff(AnalysisOptions.defaults()).compare(before, after);
        ActionChange pay = report.actions().get(0);
        assertNotEquals(ActionChange.Status.EQUIVALENT, pay.status(), pay::message);
        assertTrue(
                pay.status() != ActionChange.Status.INCONCLUSIVE
                        || pay.message().contains("input relation vip alike"),
                pay::message);
        assertExamplesFitBoth(pay, before, after);
    }

    @Test
    void aDiffWhereAnInputRelationIsRetypedShowsOnlySnapshotsBothAccept() {
        Program before = Constitutions.compile("old.charter", VIPS.formatted("int", "", ""));
        Program after = Constitutions.compile(
                "new.charter",
                VIPS.formatted("decimal", "", "rule over: deny pay when limit(agent, 7.5) priority 10;"));
        DiffReport report = new VersionDiff(AnalysisOptions.defaults()).compare(before, after);
        ActionChange pay = report.actions().get(0);
        assertNotEquals(ActionChange.Status.EQUIVALENT, pay.status(), pay::message);
        assertExamplesFitBoth(pay, before, after);
    }

    private static final String DELEGATION = """
            constitution "delegation" version 1 { timezone "UTC" }
            action pay { amount: int }
            action view { amount: int }
            %s
            input relation delegates(who: string, act: action)
            rule delegated: permit pay when %s;
            default deny;
            """;

    /** The versions differ only on a delegation of grant, which the new version's snapshots cannot hold. */
    @Test
    void anActionTypedFactInADiffWitnessNamesAnActionBothVersionsDeclare() {
        Program before = Constitutions.compile(
                "old.charter", DELEGATION.formatted("action grant { amount: int }", "delegates(agent, _)"));
        Program after = Constitutions.compile(
                "new.charter", DELEGATION.formatted("", "delegates(agent, pay) or delegates(agent, view)"));
        DiffReport report = new VersionDiff(AnalysisOptions.defaults()).compare(before, after);
        ActionChange pay = report.actions().stream()
                .filter(a -> a.action().equals("pay"))
                .findFirst()
                .orElseThrow();
        assertNotEquals(ActionChange.Status.DIFFERS, pay.status(), pay::message);
        assertExamplesFitBoth(pay, before, after);
    }

    @Test
    void aRegularStringReadFromAWitnessStaysPinnedWhileItsFactsAreNarrowed() {
        Program program = Constitutions.compile("admins.charter", """
                constitution "admins" version 1 { timezone "UTC" }
                action pay { amount: int }
                input relation blocked(who: string)
                rule admins: permit pay when agent starts_with "adm";
                rule blocks: deny pay when blocked("x");
                default deny;
                """);
        try (Z3Session session = new Z3Session(Duration.ofSeconds(5), null)) {
            ValueCodec codec = new ValueCodec(session.context(), List.of(program.schema()));
            FactSlots slots = new FactSlots(codec, List.of(program));
            ActionModel model = ActionModels.open(
                            session,
                            codec,
                            program,
                            KnowledgeFactory.of(codec, program, AnalysisOptions.defaults(), slots),
                            slots,
                            program.schema().action("pay").orElseThrow())
                    .witness();
            assertTrue(model.space().isRegular("agent"));
            try (var query =
                    model.solver().query("blocked", model.knowledge().atom("blocked", List.of(codec.string("x"))))) {
                ConcreteRequest request = new WitnessReader(model).read(query).orElseThrow();
                assertFalse(
                        query.tryNarrow(codec.z3()
                                .mkNot(codec.z3().mkEq(model.space().agent(), codec.string(request.agent())))),
                        request::toString);
            }
        }
    }

    private static final String TARGETED = """
            constitution "targeted" version 1 { timezone "UTC" }
            action pay { on: action }
            action view { amount: int }
            %s
            rule anything: permit pay;
            default deny;
            """;

    @Test
    void anActionTypedParameterWhoseActionsChangeIsReshaped() {
        Program before = Constitutions.compile("old.charter", TARGETED.formatted(""));
        Program after = Constitutions.compile("new.charter", TARGETED.formatted("action grant { amount: int }"));
        Request onGrant = Request.parse("""
                {"agent":"bob","action":"pay","request":{"on":"grant"},"context":{},"time":"2026-01-05T09:00:00Z","chain":["bob"]}""");
        assertNotEquals(decide(before, FactSnapshot.empty(), onGrant), decide(after, FactSnapshot.empty(), onGrant));
        ActionChange pay = new VersionDiff(AnalysisOptions.defaults())
                .compare(before, after).actions().stream()
                        .filter(a -> a.action().equals("pay"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(ActionChange.Status.RESHAPED, pay.status(), pay::message);
    }

    private static final String BLOWUP = """
            constitution "wide" version 1 { timezone "UTC" }
            action pay { amount: int }
            input relation a(x: int)
            input relation b(x: int)
            l0(X) :- a(X).
            l0(X) :- b(X).
            %s
            rule top: permit pay when l%d(request.amount);
            default deny;
            assert top_needs_a_fact: decision == permit => a(_) or b(_);
            """;

    /**
     * Levels of four clauses over the level below, seven atoms of it in all: unfolded in full, an
     * atom of the top level is 7^levels atoms of the bottom one.
     */
    private static String wide(int depth) {
        StringBuilder levels = new StringBuilder();
        for (int level = 1; level <= depth; level++) {
            String below = "l" + (level - 1);
            String here = "l" + level;
            levels.append(here)
                    .append("(X) :- ")
                    .append(below)
                    .append("(X), ")
                    .append(below)
                    .append("(Y), X < Y.\n");
            levels.append(here)
                    .append("(X) :- ")
                    .append(below)
                    .append("(X), ")
                    .append(below)
                    .append("(Y), X > Y.\n");
            levels.append(here)
                    .append("(X) :- ")
                    .append(below)
                    .append("(X), not ")
                    .append(below)
                    .append("(0).\n");
            levels.append(here).append("(X) :- a(X), ").append(below).append("(Y), Y != 3.\n");
        }
        return BLOWUP.formatted(levels, depth);
    }

    @Test
    void theProofEncodingUnfoldsAnAtomOfADeeplyNestedRelationWithinTheClauseCap() {
        Program program = Constitutions.compile("wide.charter", wide(9));
        try (Z3Session session = new Z3Session(Duration.ofSeconds(5), null)) {
            ValueCodec codec = new ValueCodec(session.context(), List.of(program.schema()));
            UnfoldedKnowledge proof = new UnfoldedKnowledge(
                    codec, new RelationGraph(program), new ExactRelations(codec, java.util.Map.of()));
            assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> proof.atom("l9", List.of(codec.z3().mkIntConst("n"))));
            assertTrue(proof.capped());
        }
    }

    @Test
    void aDeeplyNestedManyClauseRelationIsProvedUnchangedByDiffWithinACap() {
        Program before = Constitutions.compile("wide.charter", wide(4));
        Program after = Constitutions.compile("wide.charter", "// moved\n" + wide(4));
        DiffReport report = assertTimeoutPreemptively(
                Duration.ofSeconds(90), () -> new VersionDiff(AnalysisOptions.defaults()).compare(before, after));
        assertTrue(report.equivalent(), () -> report.toJson().toPrettyString());
    }

    @Test
    void aRelationInputInOneVersionAndFixedInTheOtherDiffersWithAWitnessBothVersionsAccept() {
        String source = """
                constitution "trusted" version 1 { timezone "UTC" }
                action pay { amount: int }
                %s
                rule trusted_pay: permit pay when trusted(agent);
                default deny;
                """;
        Program before = Constitutions.compile("old.charter", source.formatted("input relation trusted(who: string)"));
        Program after = Constitutions.compile(
                "new.charter", source.formatted("relation trusted(who: string)\ntrusted(\"carol\")."));
        ActionChange pay = new VersionDiff(AnalysisOptions.defaults())
                .compare(before, after)
                .actions()
                .get(0);
        assertEquals(ActionChange.Status.DIFFERS, pay.status(), pay::message);
        assertExamplesFitBoth(pay, before, after);
    }

    @Test
    void clauseComparisonsBetweenIntsAndDecimalsAreRefutedAsTheRuntimeComparesThem() {
        Program program = Constitutions.compile("join.charter", """
                constitution "join" version 1 { timezone "UTC" }
                action pay { amount: int }
                input relation whole(x: int)
                input relation exact(x: decimal)
                above(X) :- whole(X), X > 2.5.
                three(X) :- exact(X), X == 3.
                rule r: permit pay when above(request.amount) and three(3.0);
                default deny;
                assert never_permits: decision != permit;
                """);
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        assertTrue(
                report.findings().stream().noneMatch(f -> f.message().contains("please report")),
                () -> report.findings().toString());
        assertEquals(
                1,
                report.ofKind(FindingKind.ASSERTION_REFUTED).size(),
                () -> report.findings().toString());
    }

    @Test
    void aNegatedDerivedRelationReadingAWildcardMeansNoFactAtAll() {
        Program program = Constitutions.compile("free.charter", """
                constitution "free" version 1 { timezone "UTC" }
                action pay { amount: int }
                input relation owner(target: string, who: string)
                input relation blocked(who: string)
                owns(A) :- owner(_, A).
                free(A) :- blocked(A), not owns(A).
                rule r: permit pay when free(agent);
                default deny;
                assert free_is_blocked: free(agent) => blocked(agent);
                assert free_owns_nothing: free(agent) => not owner("x", agent);
                assert some_free: decision == deny;
                """);
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        assertTrue(
                report.ofKind(FindingKind.ASSERTION_PROVED).stream()
                        .anyMatch(f -> f.assertion().equals("free_is_blocked")),
                () -> report.findings().toString());
        List<Finding> refuted = report.ofKind(FindingKind.ASSERTION_REFUTED);
        assertEquals(
                List.of("some_free"),
                refuted.stream().map(Finding::assertion).toList(),
                () -> report.findings().toString());
        Witness witness = refuted.get(0).witnessRequest().orElseThrow();
        assertEquals(
                Effect.PERMIT,
                decide(
                        program,
                        facts(witness.facts()),
                        Request.parse(witness.request().toString())));
    }

    @Test
    void aDecimalRelationWhoseClauseHeadIsAnIntIsAnalysedAsTheRuntimeDerivesIt() {
        Program program = Constitutions.compile("widen.charter", """
                constitution "widen" version 1 { timezone "UTC" }
                action pay { amount: decimal }
                input relation whole(x: int)
                relation wide(x: decimal)
                wide(3) :- whole(X), X > 1.
                rule r: permit pay when wide(request.amount) and request.amount > 2.5;
                default deny;
                assert never_permits: decision != permit;
                assert only_three: wide(request.amount) => request.amount == 3.0;
                """);
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        assertTrue(
                report.findings().stream().noneMatch(f -> f.message().contains("please report")),
                () -> report.findings().toString());
        assertEquals(
                List.of("never_permits"),
                report.ofKind(FindingKind.ASSERTION_REFUTED).stream()
                        .map(Finding::assertion)
                        .toList(),
                () -> report.findings().toString());
    }

    private static void assertExamplesFitBoth(ActionChange change, Program before, Program after) {
        for (ActionChange.Example example : change.examples()) {
            FactSnapshot facts = example.facts() == null
                    ? FactSnapshot.empty()
                    : FactSnapshot.parse(
                            "witness",
                            example.facts().toString().getBytes(StandardCharsets.UTF_8),
                            List.of(before, after));
            Request request = Request.parse(example.request().toString());
            assertEquals(
                    example.before().get("decision").asText(),
                    decide(before, facts, request).keyword());
            assertEquals(
                    example.after().get("decision").asText(),
                    decide(after, facts, request).keyword());
        }
    }

    private static FactSnapshot facts(com.fasterxml.jackson.databind.node.ObjectNode json) {
        return json == null
                ? FactSnapshot.empty()
                : FactSnapshot.parse(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Effect decide(Program program, FactSnapshot facts, Request request) {
        Engine engine = Engine.forProgram(program);
        engine.attach(facts);
        return engine.decide(request).effect();
    }
}
