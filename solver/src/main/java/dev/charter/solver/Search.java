package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Asks whether some request shows a property, in two steps. First over the proof encoding, where
 * unsat means no request shows it under any fact snapshot. Then, when that is satisfiable and the
 * program depends on input relations, over the witness encoding, whose models are requests with a
 * fact snapshot. A property the proof encoding allows but no bounded snapshot shows is undecided,
 * never a finding and never a proof.
 */
final class Search {

    private Search() {}

    /**
     * @param never     the answer when no request shows the property
     * @param undecided the answer, given why, when it could not be decided
     * @param shown     the answer read from the open, satisfiable query of the given model
     */
    static <T> T ask(
            ActionModels models,
            String name,
            Function<ActionModel, BoolExpr> property,
            Supplier<T> never,
            Function<String, T> undecided,
            BiFunction<ActionModel, Z3Session.IncrementalSolver.Query, T> shown) {
        try (var query = models.proof().solver().query(name, property.apply(models.proof()))) {
            Verdict verdict = query.verdict();
            if (verdict.isUnsat()) {
                return never.get();
            }
            if (verdict.isUnknown()) {
                return undecided.apply(unknown(verdict));
            }
            if (models.single()) {
                return shown.apply(models.proof(), query);
            }
        }
        try (var query = models.witness().solver().query(name + ".bounded", property.apply(models.witness()))) {
            Verdict verdict = query.verdict();
            if (verdict.isSat()) {
                return shown.apply(models.witness(), query);
            }
            return undecided.apply(
                    verdict.isUnknown()
                            ? unknown(verdict)
                            : unshown(models.proof().knowledge()));
        }
    }

    /** Why a property the proof encoding allows is undecided when no bounded snapshot shows it. */
    static String unshown(Knowledge... proofs) {
        String capped = Arrays.stream(proofs).anyMatch(p -> p instanceof UnfoldedKnowledge u && u.capped())
                ? " (relations nested too deep to unfold were left unknown after " + UnfoldedKnowledge.MAX_CLAUSES
                        + " clauses per atom, which proves less)"
                : "";
        return "it is not ruled out for every fact snapshot" + capped + ", but no snapshot with at most "
                + FactSlots.PER_RELATION
                + " facts per input relation shows it; rerun with --facts to decide it for your facts";
    }

    static String unknown(Verdict verdict) {
        return "Z3 answered unknown (" + verdict.reason() + ")";
    }
}
