package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.Sort;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How Datalog atoms in conditions are encoded. A relation whose contents are known — fixed by
 * the constitution, or every relation when a fact snapshot is given — is encoded exactly, as the
 * disjunction of its tuples. A relation that depends on {@code input relation}s is abstracted
 * soundly: an uninterpreted predicate, so a proof holds for every fact snapshot, while a witness
 * only claims "for some snapshot" until a snapshot is built and the runtime confirms it.
 */
final class Knowledge {

    private final ValueCodec codec;
    private final Program program;
    private final Map<String, Set<List<Value>>> exact;
    private final PossibleTuples possible;

    /**
     * @param exact the tuples of every relation that is encoded exactly, from the runtime's own
     *     Datalog evaluator; relations absent from it are abstracted
     */
    Knowledge(ValueCodec codec, Program program, Map<String, Set<List<Value>>> exact) {
        this.codec = codec;
        this.program = program;
        this.exact = Map.copyOf(exact);
        this.possible = new PossibleTuples(program, this.exact);
    }

    /** The relations that depend on no {@code input relation}: fixed by the constitution. */
    static Set<String> fixedRelations(Program program) {
        Set<String> dependent = new HashSet<>();
        program.relations().stream().filter(Relation::input).forEach(r -> dependent.add(r.name()));
        for (Stratum stratum : program.strata()) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Clause clause : stratum.clauses()) {
                    if (!dependent.contains(clause.head().relation()) && readsAny(clause, dependent)) {
                        dependent.add(clause.head().relation());
                        changed = true;
                    }
                }
            }
        }
        Set<String> fixed = new HashSet<>();
        program.relations().stream().map(Relation::name).filter(n -> !dependent.contains(n)).forEach(fixed::add);
        return fixed;
    }

    private static boolean readsAny(Clause clause, Set<String> relations) {
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof BodyLiteral.Positive p && relations.contains(p.atom().relation())) {
                return true;
            }
            if (literal instanceof BodyLiteral.Negated n && relations.contains(n.atom().relation())) {
                return true;
            }
        }
        return false;
    }

    boolean isExact(String relation) {
        return exact.containsKey(relation);
    }

    /**
     * The atom {@code relation(arguments)}; a null argument is a wildcard. An abstracted relation
     * with wildcards becomes a predicate over the other positions, which is exactly "some tuple
     * agrees on these" for an unknown relation.
     */
    BoolExpr atom(String relation, List<Expr<?>> arguments) {
        Context z3 = codec.z3();
        Set<List<Value>> tuples = exact.get(relation);
        if (tuples != null) {
            List<BoolExpr> options = new ArrayList<>();
            for (List<Value> tuple : tuples) {
                List<BoolExpr> equalities = new ArrayList<>();
                for (int i = 0; i < arguments.size(); i++) {
                    if (arguments.get(i) != null) {
                        equalities.add(z3.mkEq(arguments.get(i), codec.encode(tuple.get(i))));
                    }
                }
                options.add(z3.mkAnd(equalities.toArray(new BoolExpr[0])));
            }
            return (BoolExpr) z3.mkOr(options.toArray(new BoolExpr[0])).simplify();
        }
        BoolExpr unknown = (BoolExpr) abstractPredicate(relation, arguments).apply(present(arguments));
        List<BoolExpr> covered = new ArrayList<>();
        for (List<Value> pattern : possible.of(relation)) {
            List<BoolExpr> equalities = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i++) {
                if (arguments.get(i) != null && pattern.get(i) != null) {
                    equalities.add(z3.mkEq(arguments.get(i), codec.encode(pattern.get(i))));
                }
            }
            covered.add(z3.mkAnd(equalities.toArray(new BoolExpr[0])));
        }
        return z3.mkAnd(unknown, (BoolExpr) z3.mkOr(covered.toArray(new BoolExpr[0])).simplify());
    }

    /** The uninterpreted predicate standing for an abstracted relation, projected on the non-wildcard positions. */
    FuncDecl<BoolSort> abstractPredicate(String relation, List<Expr<?>> arguments) {
        Relation r = program.relation(relation).orElseThrow();
        List<Sort> domain = new ArrayList<>();
        StringBuilder mask = new StringBuilder();
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i) != null) {
                domain.add(codec.sort(r.columns().get(i).type()));
                mask.append('x');
            } else {
                mask.append('_');
            }
        }
        return codec.z3().mkFuncDecl("relation." + relation + "." + mask, domain.toArray(new Sort[0]), codec.z3().getBoolSort());
    }

    private static Expr<?>[] present(List<Expr<?>> arguments) {
        return arguments.stream().filter(a -> a != null).toArray(Expr<?>[]::new);
    }
}
