package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.solver.ConstitutionMutations.Mutant;
import dev.charter.solver.SoundnessAudit.Audit;
import dev.charter.solver.SoundnessAudit.Problem;
import dev.charter.solver.SoundnessAudit.Settings;
import dev.charter.solver.SoundnessAudit.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * The solver is sound on relations derived from {@code input relation}s: on random constitutions
 * whose rules and assertions read such relations (joins, comparisons, stratified negation,
 * recursion — {@link RandomDatalogConstitutions}), what {@code charter check} and
 * {@code charter diff} claim is what the runtime does, for every fact snapshot:
 * <ul>
 *   <li>an assertion reported proved holds on every random (request, snapshot);
 *   <li>an assertion reported refuted fails on its counterexample (request and snapshot);
 *   <li>a rule reported unreachable never wins on any;
 *   <li>an action reported equivalent is decided alike on every one by both versions, the second with
 *       one clause changed (the full mix of changes is the fuzz's);
 *   <li>every other witness (diff example, conflict, gap, hole, shadowed rule) is
 *       reproduced by the runtime on its own request and snapshot, no finding reports a
 *       solver/runtime disagreement, and no analysis throws;
 *   <li>with a fact snapshot given ({@code charter check --facts}), every claim of the above kinds
 *       holds for that snapshot.
 * </ul>
 * A failure prints the constitution's source (both versions for diff, ready for {@code charter
 * diff}), the snapshot and the request; {@code bench/solver-fuzz --only SEED} reruns check on one
 * constitution, with more evidence. Inconclusive findings are
 * counted in the statistics, by reason. Seeds are fixed so that a run in CI is repeatable; the
 * fuzz ({@link SolverFuzz}) explores more.
 */
class DerivedRelationSoundnessProperties {

    private static final SoundnessAudit AUDIT = new SoundnessAudit(new Settings(8, 6, Duration.ofSeconds(5)));
    /** A difference in a derived relation shows on one action and few snapshots: more requests per constitution. */
    private static final SoundnessAudit DIFF_AUDIT = new SoundnessAudit(new Settings(12, 8, Duration.ofSeconds(5)));

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(1, 1L << 40);
    }

    @Property(tries = 20, seed = "20261203", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void derivedRelationsProvedAssertionsHoldInTheRuntime(@ForAll("seeds") long seed) {
        Audit audit = AUDIT.check(RandomDatalogConstitutions.generate(seed));
        count(audit);
        assertNone(audit.of(Problem.PROVED_BUT_FALSE));
    }

    @Property(tries = 20, seed = "20261204", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void derivedRelationsRefutedAssertionsFailOnTheirCounterexample(@ForAll("seeds") long seed) {
        Audit audit = AUDIT.check(RandomDatalogConstitutions.generate(seed));
        count(audit);
        assertNone(audit.of(Problem.REFUTED_BUT_HOLDS));
    }

    @Property(tries = 20, seed = "20261205", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void derivedRelationsUnreachableRulesNeverWinInTheRuntime(@ForAll("seeds") long seed) {
        Audit audit = AUDIT.check(RandomDatalogConstitutions.generate(seed));
        count(audit);
        assertNone(audit.of(Problem.UNREACHABLE_BUT_FIRES));
    }

    @Property(tries = 30, seed = "20261206", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void derivedRelationsEquivalentVersionsDecideAlikeInTheRuntime(@ForAll("seeds") long seed) {
        DatalogConstitution constitution = RandomDatalogConstitutions.generate(seed);
        Mutant mutant = ConstitutionMutations.mutateClause(constitution, seed + 1);
        Audit audit = DIFF_AUDIT.diff(constitution, mutant);
        count(audit);
        assertNone(audit.of(Problem.EQUIVALENT_BUT_DIFFERS));
    }

    @Property(tries = 12, seed = "20261207", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void derivedRelationsWitnessesAreConfirmedByTheRuntime(@ForAll("seeds") long seed) {
        DatalogConstitution constitution = RandomDatalogConstitutions.generate(seed);
        Audit check = AUDIT.check(constitution);
        Audit diff = AUDIT.diff(constitution, ConstitutionMutations.mutate(constitution, seed + 1));
        count(check);
        count(diff);
        List<Violation> failed = new ArrayList<>();
        for (Audit audit : List.of(check, diff)) {
            failed.addAll(audit.of(Problem.EXCEPTION));
            failed.addAll(audit.of(Problem.WITNESS_NOT_CONFIRMED));
            failed.addAll(audit.of(Problem.REPORTED_DISAGREEMENT));
        }
        assertNone(failed);
    }

    /**
     * Versions that read different input relations (one added, or one retyped) are compared over
     * the snapshots both accept: no equivalence a snapshot refutes, no witness with a snapshot
     * either version refuses, no exception.
     */
    @Property(tries = 12, seed = "20261209", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void derivedRelationsVersionsReadingDifferentFactsAreComparedSoundly(@ForAll("seeds") long seed) {
        DatalogConstitution constitution = RandomDatalogConstitutions.generate(seed);
        Audit audit = DIFF_AUDIT.diff(constitution, ConstitutionMutations.mutateKnowledge(constitution, seed + 1));
        count(audit);
        List<Violation> failed = new ArrayList<>();
        for (Problem problem : List.of(
                Problem.EQUIVALENT_BUT_DIFFERS,
                Problem.WITNESS_NOT_CONFIRMED,
                Problem.REPORTED_DISAGREEMENT,
                Problem.EXCEPTION)) {
            failed.addAll(audit.of(problem));
        }
        assertNone(failed);
    }

    @Property(tries = 10, seed = "20261208", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void derivedRelationsClaimsForOneSnapshotHoldInTheRuntime(@ForAll("seeds") long seed) {
        Audit audit = AUDIT.checkWithFacts(RandomDatalogConstitutions.generate(seed));
        count(audit);
        assertNone(audit.violations());
    }

    private static void count(Audit audit) {
        audit.inconclusive().forEach((reason, n) -> {
            for (int i = 0; i < n; i++) {
                Statistics.label("inconclusive").collect(reason);
            }
        });
        audit.outcomes().keySet().forEach(kind -> Statistics.label("claims").collect(kind));
    }

    private static void assertNone(List<Violation> violations) {
        assertTrue(
                violations.isEmpty(),
                () -> violations.size() + " claim(s) the runtime contradicts; the first:\n" + violations.get(0));
    }
}
