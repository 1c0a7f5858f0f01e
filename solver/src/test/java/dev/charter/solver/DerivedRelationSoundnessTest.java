package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations derived from {@code input relation}s mean what their clauses say, in every analysis
 * and in {@code diff}: no "equivalent" or "proved" claim that a fact snapshot refutes, and every
 * "differs" or "refuted" shown by a request with the snapshot under which the runtime confirms it.
 */
class DerivedRelationSoundnessTest {

    private static final String LIMITS = """
            constitution "r2" version 1 { timezone "UTC" }
            action pay { amount: int }
            input relation limit(who: string, n: int)
            big(A) :- limit(A, N), N > %d.
            rule big_agents_pay: permit pay when big(agent);
            default deny;
            """;

    @Test
    void diffFindsTheChangeOfADerivedRelationsComparison() {
        Program before = Constitutions.compile("old.charter", LIMITS.formatted(100));
        Program after = Constitutions.compile("new.charter", LIMITS.formatted(1000));
        DiffReport report = new VersionDiff(AnalysisOptions.defaults()).compare(before, after);
        ActionChange pay = report.actions().get(0);
        assertEquals(ActionChange.Status.DIFFERS, pay.status(), pay::message);
        ActionChange.Example example = pay.examples().get(0);
        FactSnapshot facts = FactSnapshot.parse(example.facts().toString().getBytes(StandardCharsets.UTF_8));
        Request request = Request.parse(example.request().toString());
        assertEquals(Effect.PERMIT, decide(before, facts, request));
        assertEquals(Effect.DENY, decide(after, facts, request));
    }

    @Test
    void diffProvesAnUnchangedDerivedRelationEquivalent() {
        Program before = Constitutions.compile("old.charter", LIMITS.formatted(100));
        Program after = Constitutions.compile("new.charter", "// a comment moves every span\n" + LIMITS.formatted(100));
        DiffReport report = new VersionDiff(AnalysisOptions.defaults()).compare(before, after);
        assertTrue(report.equivalent(), () -> report.toJson().toPrettyString());
    }

    @Test
    void diffFindsTheDroppedCeilingOfADelegationChain() throws Exception {
        String source = Files.readString(Constitutions.repository().resolve("examples/research/pipeline.charter"));
        String weakened =
                source.replace("may(B, X) :- delegates(A, B, X), may(A, X).", "may(B, X) :- delegates(A, B, X).");
        assertFalse(source.equals(weakened));
        Program before = Constitutions.compile("pipeline.charter", source);
        Program after = Constitutions.compile("pipeline.charter", weakened);
        DiffReport report = new VersionDiff(AnalysisOptions.defaults()).compare(before, after);
        ActionChange search = report.actions().stream()
                .filter(a -> a.action().equals("research.search_web"))
                .findFirst()
                .orElseThrow();
        assertEquals(ActionChange.Status.DIFFERS, search.status(), search::message);
        for (ActionChange.Example example : search.examples()) {
            FactSnapshot facts = FactSnapshot.parse(example.facts().toString().getBytes(StandardCharsets.UTF_8));
            Request request = Request.parse(example.request().toString());
            assertFalse(decide(before, facts, request) == decide(after, facts, request), example.toJson()::toString);
        }
    }

    @Test
    void anAssertionThatHoldsThroughANegatedInputIsProved() {
        Program program = Constitutions.compile("ok.charter", """
                constitution "ok" version 1 { timezone "UTC" }
                action pay { amount: int }
                input relation blocked(who: string)
                input relation trusted(who: string)
                ok(A) :- trusted(A), not blocked(A).
                rule small: permit pay when request.amount < 100;
                default deny;
                assert blocked_not_ok: blocked(agent) => not ok(agent);
                """);
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        assertEquals(
                1,
                report.ofKind(FindingKind.ASSERTION_PROVED).size(),
                () -> report.findings().toString());
        assertTrue(
                report.ofKind(FindingKind.ASSERTION_REFUTED).isEmpty(),
                () -> report.findings().toString());
    }

    @Test
    void aRuleNeedingADerivedPermissionItsDefinitionExcludesIsUnreachable() {
        Program program = Constitutions.compile("tellers.charter", """
                constitution "tellers" version 1 { timezone "UTC" }
                action read.salary { employee: string }
                input relation role(who: string, title: string)
                relation grants(title: string, act: action)
                may(A, X) :- role(A, "teller"), grants("teller", X).
                grants("teller", read.salary).
                rule odd: permit read.salary when may(agent, read.salary) and not role(agent, "teller");
                rule tellers: permit read.salary when may(agent, read.salary);
                default deny;
                """);
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        assertTrue(
                report.ofKind(FindingKind.UNREACHABLE_RULE).stream()
                        .anyMatch(f -> f.rules().contains("odd")),
                () -> report.findings().toString());
        assertTrue(
                report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(),
                () -> report.findings().toString());
    }

    @Test
    void aWitnessSnapshotSatisfiesTheClauseBodiesComparisons() {
        Program program = Constitutions.compile("limits.charter", """
                constitution "limits" version 1 { timezone "UTC" }
                action pay { amount: int }
                input relation limit(who: string, n: int)
                big(A) :- limit(A, N), N > 100.
                rule big_agents_pay: permit pay when big(agent) and request.amount > 10;
                rule small_stop: deny pay when request.amount < 50;
                default deny;
                assert never_permits: decision != permit;
                """);
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        assertTrue(
                report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(),
                () -> report.findings().toString());
        Finding refuted = report.ofKind(FindingKind.ASSERTION_REFUTED).get(0);
        Witness witness = refuted.witnessRequest().orElseThrow();
        FactSnapshot facts = FactSnapshot.parse(witness.facts().toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(
                Effect.PERMIT,
                decide(program, facts, Request.parse(witness.request().toString())));
    }

    @Test
    void coverageHoleNeighboursAreDecidedUnderTheWitnessesSnapshot() {
        Program program = Constitutions.compile("allowed.charter", """
                constitution "allowed" version 1 { timezone "UTC" }
                action pay { a: int }
                input relation allowed_amount(who: string, n: int)
                rule r0: permit pay when allowed_amount(agent, request.a);
                default deny;
                """);
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        assertTrue(
                report.findings().stream().noneMatch(f -> f.message().contains("please report")),
                () -> report.findings().toString());
        for (Finding hole : report.ofKind(FindingKind.COVERAGE_HOLE)) {
            assertTrue(hole.witnessRequest().isPresent(), hole::message);
        }
    }

    @Test
    void aRefutationNeedingATwoStepDerivationThroughTwoRecursiveClausesIsNeverClaimedWhereTheAssertionHolds() {
        Program program = Constitutions.compile("chains.charter", """
                constitution "chains" version 1 { timezone "UTC" }
                action pay { amount: int, target: string }
                action grant { amount: int, target: string }
                input relation delegates(from: string, to: string, act: action)
                input relation owner(target: string, agent: string)
                input relation blocked(agent: string)
                may(A) :- blocked(A).
                may(B) :- may(A), owner(A, B).
                may(B) :- may(A), delegates(A, B, grant).
                rule r0: escalate pay to "review" when may(agent);
                default deny;
                assert implied: may(agent) and delegates(agent, request.target, grant) => may(request.target);
                """);
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        assertTrue(
                report.ofKind(FindingKind.ASSERTION_REFUTED).isEmpty(),
                () -> report.findings().toString());
        assertTrue(
                report.findings().stream().noneMatch(f -> f.message().contains("please report")),
                () -> report.findings().toString());
    }

    private static Effect decide(Program program, FactSnapshot facts, Request request) {
        Engine engine = Engine.forProgram(program);
        engine.attach(facts);
        return engine.decide(request).effect();
    }

    static List<String> messages(Report report) {
        return report.findings().stream().map(Finding::message).toList();
    }
}
