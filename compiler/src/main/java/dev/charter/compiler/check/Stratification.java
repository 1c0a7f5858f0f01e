package dev.charter.compiler.check;

import dev.charter.compiler.ast.BodyLiteral;
import dev.charter.compiler.ast.DatalogAtom;
import dev.charter.compiler.ast.Declaration;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The stratify stage: no relation may depend on itself through negation, since such a program
 * has no single meaning; otherwise, the strata in which the relations defined by clauses are
 * computed, each after the relations it reads under {@code not}.
 */
final class Stratification {

    private Stratification() {}

    /** The strata, by relation name, without input relations (the host supplies those). */
    static List<List<String>> check(Declarations declarations, Diagnostics diagnostics) {
        List<DependencyGraph.Edge> edges = new ArrayList<>();
        for (Declaration.ClauseDecl clause : declarations.clauses) {
            String head = clause.head().relation().text();
            for (BodyLiteral literal : clause.body()) {
                if (literal instanceof DatalogAtom atom
                        && declarations.isRelation(atom.relation().text())) {
                    edges.add(new DependencyGraph.Edge(head, atom.relation().text(), false, atom.span()));
                } else if (literal instanceof BodyLiteral.NegatedAtom negated
                        && declarations.isRelation(negated.atom().relation().text())) {
                    edges.add(new DependencyGraph.Edge(
                            head, negated.atom().relation().text(), true, negated.span()));
                }
            }
        }
        DependencyGraph graph = new DependencyGraph(List.copyOf(declarations.relationOrder), edges);
        for (DependencyGraph.NegativeCycle cycle : graph.negativeCycles()) {
            diagnostics.report(
                    DiagnosticCode.NEGATION_CYCLE,
                    cycle.span(),
                    "relations depend on themselves through negation: " + cycle.render(),
                    "stratified Datalog cannot give this a meaning; remove the `not` or break the cycle");
        }
        List<List<String>> strata = new ArrayList<>();
        for (List<String> stratum : graph.strata()) {
            List<String> defined =
                    stratum.stream().filter(r -> !declarations.isInput(r)).toList();
            if (!defined.isEmpty()) {
                strata.add(defined);
            }
        }
        return strata;
    }
}
