package dev.charter.compiler.check;

import dev.charter.compiler.ast.BodyLiteral;
import dev.charter.compiler.ast.DatalogAtom;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.Term;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The safety stage: range restriction. Every variable of a clause's head, of a negated atom and
 * of a comparison must occur in a positive body atom, so that the clause only ever derives
 * finitely many facts from the facts it reads. Each unbound variable is reported once per clause,
 * where it first occurs.
 */
final class SafetyCheck {

    private SafetyCheck() {}

    static void check(Declarations declarations, Diagnostics diagnostics) {
        for (Declaration.ClauseDecl clause : declarations.clauses) {
            Set<String> bound = new HashSet<>();
            for (BodyLiteral literal : clause.body()) {
                if (literal instanceof DatalogAtom atom) {
                    variables(atom.terms()).forEach(v -> bound.add(v.name()));
                }
            }
            Set<String> reported = new HashSet<>();
            String relation = clause.head().relation().text();
            for (Term.Variable v : variables(clause.head().terms())) {
                if (!bound.contains(v.name()) && reported.add(v.name())) {
                    if (clause.isFact()) {
                        diagnostics.report(
                                DiagnosticCode.UNSAFE_VARIABLE,
                                v.span(),
                                "the fact `" + relation + "` has the variable `" + v.name()
                                        + "`, but facts must be ground",
                                "write a constant (lower case or quoted), or add a body `:- ...` that binds `"
                                        + v.name() + "`");
                    } else {
                        unbound(diagnostics, v, "in the head of `" + relation + "`");
                    }
                }
            }
            for (BodyLiteral literal : clause.body()) {
                List<Term.Variable> used = List.of();
                String where = null;
                if (literal instanceof BodyLiteral.NegatedAtom negated) {
                    used = variables(negated.atom().terms());
                    where = "under `not`";
                } else if (literal instanceof BodyLiteral.TermComparison comparison) {
                    used = variables(List.of(comparison.left(), comparison.right()));
                    where = "in a comparison";
                }
                for (Term.Variable v : used) {
                    if (!bound.contains(v.name()) && reported.add(v.name())) {
                        unbound(diagnostics, v, where);
                    }
                }
            }
        }
    }

    private static void unbound(Diagnostics diagnostics, Term.Variable v, String where) {
        diagnostics.report(
                DiagnosticCode.UNSAFE_VARIABLE,
                v.span(),
                "variable `" + v.name() + "` " + where + " is not bound by a positive atom in the body",
                "add a positive atom to the body that binds `" + v.name() + "`");
    }

    private static List<Term.Variable> variables(List<Term> terms) {
        return terms.stream()
                .filter(Term.Variable.class::isInstance)
                .map(Term.Variable.class::cast)
                .toList();
    }
}
