package dev.charter.compiler.check;

import dev.charter.compiler.ast.BodyLiteral;
import dev.charter.compiler.ast.DatalogAtom;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.ast.NameRef;
import dev.charter.compiler.ast.Term;
import dev.charter.compiler.ast.Wildcard;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Types one Datalog clause against the relations' column types: arities, constants typed by
 * their column ({@code teller} is a Role), each variable one type wherever it occurs, and
 * comparisons between comparable terms. Produces the IR clause, or null when something is wrong
 * (reported here, or already reported by the check that owns it).
 */
final class ClauseTyper {

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final Constants constants;
    private final ComparisonCheck comparisons;
    private final Map<String, List<ValueType>> columns;

    ClauseTyper(Declarations declarations, Diagnostics diagnostics, Map<String, List<ValueType>> columns) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.constants = new Constants(declarations, diagnostics);
        this.comparisons = new ComparisonCheck(diagnostics);
        this.columns = columns;
    }

    Clause type(Declaration.ClauseDecl clause) {
        return new OneClause().type(clause);
    }

    /** The state of typing one clause: its variables' types and whether all went well. */
    private final class OneClause {
        private final Map<String, ValueType> variables = new HashMap<>();
        private final Map<String, String> boundBy = new HashMap<>();
        private final Set<String> reported = new HashSet<>();
        private boolean sound = true;
        private int wildcards;

        Clause type(Declaration.ClauseDecl clause) {
            List<dev.charter.runtime.ir.BodyLiteral> body = new ArrayList<>();
            for (BodyLiteral literal : clause.body()) {
                if (literal instanceof DatalogAtom atom) {
                    dev.charter.runtime.ir.DatalogAtom typed = atom(atom, Position.BODY);
                    if (typed != null) {
                        body.add(new dev.charter.runtime.ir.BodyLiteral.Positive(typed));
                    }
                }
            }
            dev.charter.runtime.ir.DatalogAtom head = atom(clause.head(), Position.HEAD);
            for (BodyLiteral literal : clause.body()) {
                if (literal instanceof BodyLiteral.NegatedAtom negated) {
                    dev.charter.runtime.ir.DatalogAtom typed = atom(negated.atom(), Position.NEGATED);
                    if (typed != null) {
                        body.add(new dev.charter.runtime.ir.BodyLiteral.Negated(typed, negated.span()));
                    }
                } else if (literal instanceof BodyLiteral.TermComparison comparison) {
                    dev.charter.runtime.ir.BodyLiteral typed = comparison(comparison);
                    if (typed != null) {
                        body.add(typed);
                    }
                }
            }
            return sound && head != null ? new Clause(head, body, clause.span()) : null;
        }

        private dev.charter.runtime.ir.DatalogAtom atom(DatalogAtom atom, Position position) {
            String relation = atom.relation().text();
            List<ValueType> types = columns.get(relation);
            if (types == null) {
                sound = false;
                return null;
            }
            if (types.size() != atom.terms().size()) {
                sound = false;
                boolean inferredHeadMisfit = position == Position.HEAD && !declarations.relations.containsKey(relation);
                if (!inferredHeadMisfit) {
                    arityMismatch(atom, types.size());
                }
                return null;
            }
            List<dev.charter.runtime.ir.Term> terms = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                dev.charter.runtime.ir.Term t = term(atom.terms().get(i), types.get(i), position, relation, i);
                if (t == null) {
                    sound = false;
                } else {
                    terms.add(t);
                }
            }
            return sound ? new dev.charter.runtime.ir.DatalogAtom(relation, terms, atom.span()) : null;
        }

        private void arityMismatch(DatalogAtom atom, int arity) {
            String relation = atom.relation().text();
            Diagnostic d = Diagnostic.of(
                    DiagnosticCode.ARITY_MISMATCH,
                    atom.span(),
                    "`" + relation + "` has " + arity + " column" + (arity == 1 ? "" : "s") + " but is given "
                            + atom.terms().size() + " argument" + (atom.terms().size() == 1 ? "" : "s"),
                    "give one argument per column; `_` stands for any value");
            Declaration.RelationDecl decl = declarations.relations.get(relation);
            diagnostics.add(decl == null ? d : d.withLabel(decl.span(), "declared here"));
        }

        private dev.charter.runtime.ir.Term term(
                Term term, ValueType column, Position position, String relation, int index) {
            if (term instanceof Wildcard w) {
                if (position != Position.BODY) {
                    misplacedWildcard(w, position == Position.HEAD ? "in a clause head" : "under `not`");
                    return null;
                }
                return new dev.charter.runtime.ir.Term.Variable("_" + wildcards++, w.span());
            }
            if (term instanceof Term.Variable v) {
                variable(v, column, position, relation, index);
                return new dev.charter.runtime.ir.Term.Variable(v.name(), v.span());
            }
            Value value = constant(term, column);
            return value == null ? null : new dev.charter.runtime.ir.Term.Constant(value, term.span());
        }

        private Value constant(Term term, ValueType expected) {
            if (expected == null) {
                return null;
            }
            if (term instanceof NameRef n) {
                return constants.name(n.name(), n.span(), expected, true);
            }
            return constants.literal((Literal) term, expected);
        }

        private void variable(Term.Variable v, ValueType column, Position position, String relation, int index) {
            boolean inferredHead = position == Position.HEAD && !declarations.relations.containsKey(relation);
            if (column == null || inferredHead) {
                // An inferred column takes its type from this very variable; a clash is a conflicting inference.
                return;
            }
            String where = "column " + (index + 1) + " of `" + relation + "`";
            ValueType known = variables.get(v.name());
            if (known == null) {
                if (position == Position.BODY) {
                    variables.put(v.name(), column);
                    boundBy.put(v.name(), where);
                }
                return;
            }
            if (!known.equals(column) && reported.add(v.name())) {
                sound = false;
                diagnostics.report(
                        DiagnosticCode.VARIABLE_TYPE_MISMATCH,
                        v.span(),
                        "variable `" + v.name() + "` is " + Constants.article(known) + " (" + boundBy.get(v.name())
                                + ") but " + where + " is " + Constants.article(column),
                        "use a different variable, or make the column types agree");
            }
        }

        private dev.charter.runtime.ir.BodyLiteral comparison(BodyLiteral.TermComparison c) {
            ValueType left = termType(c.left());
            ValueType right = termType(c.right());
            if (c.left() instanceof Wildcard || c.right() instanceof Wildcard) {
                misplacedWildcard(c.left() instanceof Wildcard w ? w : (Wildcard) c.right(), "in a comparison");
                sound = false;
                return null;
            }
            if (left == null && right == null) {
                // An unbound variable is the safety check's to report; two bare names are ours.
                if (!(c.left() instanceof Term.Variable) && !(c.right() instanceof Term.Variable)) {
                    diagnostics.report(
                            DiagnosticCode.TYPE_MISMATCH,
                            c.span(),
                            "cannot tell the type of either side of this comparison",
                            "compare a variable with a constant, so the variable's column gives the constant its type");
                }
                sound = false;
                return null;
            }
            ValueType expectedLeft = left != null ? left : right;
            ValueType expectedRight = right != null ? right : left;
            dev.charter.runtime.ir.Term l = side(c.left(), expectedLeft);
            dev.charter.runtime.ir.Term r = side(c.right(), expectedRight);
            if (l == null || r == null || expectedLeft == null || expectedRight == null) {
                sound = false;
                return null;
            }
            if (!comparisons.check(c.operator(), typeOf(l, expectedLeft), typeOf(r, expectedRight), c.span())) {
                sound = false;
                return null;
            }
            return new dev.charter.runtime.ir.BodyLiteral.Comparison(c.operator(), l, r, c.span());
        }

        private ValueType typeOf(dev.charter.runtime.ir.Term term, ValueType fallback) {
            return term instanceof dev.charter.runtime.ir.Term.Constant k
                    ? k.value().type()
                    : fallback;
        }

        /** A variable's bound type, a literal's own type; null for names, which take the other side's. */
        private ValueType termType(Term term) {
            if (term instanceof Term.Variable v) {
                return variables.get(v.name());
            }
            return term instanceof Literal l ? Constants.typeOf(l) : null;
        }

        private dev.charter.runtime.ir.Term side(Term term, ValueType expected) {
            if (term instanceof Term.Variable v) {
                return variables.containsKey(v.name())
                        ? new dev.charter.runtime.ir.Term.Variable(v.name(), v.span())
                        : null;
            }
            if (term instanceof Literal l) {
                Value own = constants.literal(l);
                if (own instanceof Value.IntValue && expected == PrimitiveType.DECIMAL) {
                    own = constants.literal(l, expected);
                }
                return own == null ? null : new dev.charter.runtime.ir.Term.Constant(own, l.span());
            }
            Value value = constant(term, expected);
            return value == null ? null : new dev.charter.runtime.ir.Term.Constant(value, term.span());
        }

        private void misplacedWildcard(Wildcard w, String where) {
            diagnostics.report(
                    DiagnosticCode.MISPLACED_WILDCARD,
                    w.span(),
                    "`_` cannot stand " + where,
                    "`_` only matches any value in a positive body atom; use a variable bound by a positive atom");
        }
    }

    /** Where an atom stands in its clause. */
    private enum Position {
        HEAD,
        BODY,
        NEGATED
    }
}
