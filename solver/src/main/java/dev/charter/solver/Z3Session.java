package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import com.microsoft.z3.Z3Exception;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Owns one Z3 context for one analysis run: every sort and term of the run lives in it, and it is
 * released exactly once, on {@link #close()}. Solvers opened from it share the context (so terms
 * built once are reused by every query) and carry the run's per-query timeout; each query is a
 * push/check/pop on an incremental solver, so the rule definitions asserted once are never
 * re-sent. When an {@link SmtArchive} is given, every query is also written as SMT-LIB 2.
 *
 * <p>Every check of every analysis runs here, so this is where an exception Z3 raises instead
 * of answering (a theory giving up, such as "reached max unfolding" on string lengths mixed
 * with large integers) becomes what it means for a proof: an unknown verdict naming the query
 * and Z3's reason, reported as {@code inconclusive} and never as a pass or a crash.
 */
final class Z3Session implements AutoCloseable {

    private final Context context;
    private final Duration timeout;
    private final SmtArchive archive;

    Z3Session(Duration timeout, SmtArchive archive) {
        this.context = new Context();
        this.timeout = timeout;
        this.archive = archive;
    }

    Context context() {
        return context;
    }

    /** An incremental solver whose base assertions are shared by all its queries. */
    IncrementalSolver openSolver(String name) {
        Solver solver = context.mkSolver();
        Params params = context.mkParams();
        params.add("timeout", (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        solver.setParameters(params);
        return new IncrementalSolver(name, solver);
    }

    @Override
    public void close() {
        context.close();
    }

    /** One Z3 solver: base assertions plus queries scoped by push/pop. */
    final class IncrementalSolver {
        private final String name;
        private final Solver solver;

        private IncrementalSolver(String name, Solver solver) {
            this.name = name;
            this.solver = solver;
        }

        void assertBase(BoolExpr fact) {
            add(fact);
        }

        /** Z3's {@code add} takes generic varargs; a {@code BoolExpr[]} passes them without an unchecked array. */
        private void add(BoolExpr assertion) {
            solver.add(new BoolExpr[] {assertion});
        }

        /**
         * Opens a query: pushes, asserts {@code formula} and checks. The caller reads the verdict
         * and model, may narrow the query further, and must close it (which pops).
         */
        Query query(String queryName, BoolExpr formula) {
            solver.push();
            add(formula);
            return new Query(queryName);
        }

        /** Checks {@code formula} under {@code assumptions}; on unsat the core names the assumptions used. */
        AssumptionVerdict checkAssuming(String queryName, BoolExpr formula, List<BoolExpr> assumptions) {
            solver.push();
            try {
                add(formula);
                Verdict verdict = check(queryName, assumptions);
                record(queryName, verdict, assumptions);
                List<BoolExpr> core = verdict.isUnsat() ? List.of(solver.getUnsatCore()) : List.of();
                return new AssumptionVerdict(verdict, core);
            } finally {
                solver.pop();
            }
        }

        /**
         * Checks the current assertions under {@code assumptions}. Z3 either answers or throws;
         * a throw is an unknown verdict whose reason is Z3's message, so no analysis can crash on
         * a query and none can read it as proved.
         */
        private Verdict check(String queryName, List<BoolExpr> assumptions) {
            String where = ", on query " + name + "." + queryName;
            try {
                Status status = solver.check(assumptions.toArray(new BoolExpr[0]));
                return switch (status) {
                    case SATISFIABLE -> Verdict.SAT;
                    case UNSATISFIABLE -> Verdict.UNSAT;
                    case UNKNOWN ->
                        Verdict.unknown(
                                Optional.ofNullable(solver.getReasonUnknown()).orElse("unknown") + where);
                };
            } catch (Z3Exception e) {
                return Verdict.unknown("error: " + e.getMessage() + where);
            }
        }

        private void record(String queryName, Verdict verdict, List<BoolExpr> assumptions) {
            if (archive == null) {
                return;
            }
            List<BoolExpr> all = new ArrayList<>(List.of(solver.getAssertions()));
            all.addAll(assumptions);
            Status status =
                    verdict.isSat() ? Status.SATISFIABLE : verdict.isUnsat() ? Status.UNSATISFIABLE : Status.UNKNOWN;
            archive.write(name + "." + queryName, status, context, all);
        }

        /**
         * A pushed query; {@link #close()} pops it. The model of its last satisfiable check is
         * kept, so a narrowing that fails (unsat, unknown or a Z3 error) leaves the model of the
         * assertions still in force without checking them again.
         */
        final class Query implements AutoCloseable {
            private final String queryName;
            private Verdict verdict;
            private Model model;
            private int depth = 1;

            private Query(String queryName) {
                this.queryName = queryName;
                this.verdict = check(queryName, List.of());
                record(queryName, verdict, List.of());
                if (verdict.isSat()) {
                    settle(verdict);
                }
            }

            /** The verdict of the query, turned unknown if Z3 failed on a later check of the same assertions. */
            Verdict verdict() {
                return verdict;
            }

            /** The model of the last satisfiable check; only while {@link #verdict()} is sat. */
            Model model() {
                if (model == null) {
                    throw new IllegalStateException(name + "." + queryName + " has no model: " + verdict);
                }
                return model;
            }

            /**
             * Adds {@code narrowing} if the query stays satisfiable with it, and reports whether it
             * did; used to steer witnesses towards readable values without losing satisfiability.
             */
            boolean tryNarrow(BoolExpr narrowing) {
                solver.push();
                add(narrowing);
                Optional<Model> narrowed = check(queryName, List.of()).isSat() ? currentModel() : Optional.empty();
                if (narrowed.isPresent()) {
                    model = narrowed.get();
                    depth++;
                    return true;
                }
                solver.pop();
                return false;
            }

            /**
             * Asserts a constraint that holds in the current model (e.g. the model's own value of a
             * term) and reports whether Z3 confirmed it; when Z3 cannot, the query's verdict
             * becomes unknown, with Z3's reason, and it has no model left to read.
             */
            boolean fix(BoolExpr constraint) {
                solver.push();
                depth++;
                add(constraint);
                Verdict fixed = check(queryName, List.of());
                return settle(
                        fixed.isSat() || fixed.isUnknown()
                                ? fixed
                                : Verdict.unknown("fixing a value of its own model made it " + fixed.kind()
                                        + ", on query " + name + "." + queryName));
            }

            /** Keeps the model of a satisfiable check, or records why there is none. */
            private boolean settle(Verdict checked) {
                Optional<Model> current = checked.isSat() ? currentModel() : Optional.empty();
                model = current.orElse(null);
                if (current.isEmpty()) {
                    verdict = checked.isSat()
                            ? Verdict.unknown("error: Z3 gave no model, on query " + name + "." + queryName)
                            : checked;
                }
                return current.isPresent();
            }

            private Optional<Model> currentModel() {
                try {
                    return Optional.of(solver.getModel());
                } catch (Z3Exception e) {
                    return Optional.empty();
                }
            }

            @Override
            public void close() {
                solver.pop(depth);
            }
        }
    }

    /** A verdict with the unsat core when there is one. */
    record AssumptionVerdict(Verdict verdict, List<BoolExpr> core) {}
}
