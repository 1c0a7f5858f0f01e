package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
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
            solver.add(fact);
        }

        /**
         * Opens a query: pushes, asserts {@code formula} and checks. The caller reads the verdict
         * and model, may narrow the query further, and must close it (which pops).
         */
        Query query(String queryName, BoolExpr formula) {
            solver.push();
            solver.add(formula);
            return new Query(queryName, solver);
        }

        /** Checks {@code formula} under {@code assumptions}; on unsat the core names the assumptions used. */
        AssumptionVerdict checkAssuming(String queryName, BoolExpr formula, List<BoolExpr> assumptions) {
            solver.push();
            try {
                solver.add(formula);
                Status status = solver.check(assumptions.toArray(new BoolExpr[0]));
                record(queryName, status, assumptions);
                List<BoolExpr> core = status == Status.UNSATISFIABLE ? List.of(solver.getUnsatCore()) : List.of();
                return new AssumptionVerdict(verdictOf(status, solver), core);
            } finally {
                solver.pop();
            }
        }

        private void record(String queryName, Status status, List<BoolExpr> assumptions) {
            if (archive == null) {
                return;
            }
            List<BoolExpr> all = new ArrayList<>(List.of(solver.getAssertions()));
            all.addAll(assumptions);
            archive.write(name + "." + queryName, status, context, all);
        }

        /** A pushed query; {@link #close()} pops it. */
        final class Query implements AutoCloseable {
            private final String queryName;
            private final Solver solver;
            private Verdict verdict;
            private int depth = 1;

            private Query(String queryName, Solver solver) {
                this.queryName = queryName;
                this.solver = solver;
                Status status = solver.check();
                record(queryName, status, List.of());
                this.verdict = verdictOf(status, solver);
            }

            Verdict verdict() {
                return verdict;
            }

            Model model() {
                return solver.getModel();
            }

            /**
             * Adds {@code narrowing} if the query stays satisfiable with it, and reports whether it
             * did; used to steer witnesses towards readable values without losing satisfiability.
             */
            boolean tryNarrow(BoolExpr narrowing) {
                solver.push();
                solver.add(narrowing);
                if (solver.check() == Status.SATISFIABLE) {
                    depth++;
                    return true;
                }
                solver.pop();
                solver.check();
                return false;
            }

            /** Asserts a constraint known to keep the query satisfiable (e.g. the current model's value). */
            void fix(BoolExpr constraint) {
                solver.push();
                depth++;
                solver.add(constraint);
                Status status = solver.check();
                if (status != Status.SATISFIABLE) {
                    throw new IllegalStateException("fixing a model value made " + queryName + " " + status);
                }
            }

            @Override
            public void close() {
                solver.pop(depth);
            }
        }
    }

    private static Verdict verdictOf(Status status, Solver solver) {
        return switch (status) {
            case SATISFIABLE -> Verdict.SAT;
            case UNSATISFIABLE -> Verdict.UNSAT;
            case UNKNOWN -> Verdict.unknown(Optional.ofNullable(solver.getReasonUnknown()).orElse("unknown"));
        };
    }

    /** A verdict with the unsat core when there is one. */
    record AssumptionVerdict(Verdict verdict, List<BoolExpr> core) {
    }
}
