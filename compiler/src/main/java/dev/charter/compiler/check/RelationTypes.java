package dev.charter.compiler.check;

import dev.charter.compiler.ast.BodyLiteral;
import dev.charter.compiler.ast.DatalogAtom;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.FieldDecl;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.ast.NameRef;
import dev.charter.compiler.ast.Term;
import dev.charter.compiler.ast.Wildcard;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The column types of every relation: declared ones as written, and those of relations that are
 * only derived (like {@code may}) inferred from their clauses, by a fixpoint that follows head
 * variables to the body atoms that bind them. A column with two different inferred types is an
 * error, as is one nothing determines; a column that is unknown because of an error reported
 * elsewhere stays null, silently.
 */
final class RelationTypes {

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final Map<String, ValueType[]> columns = new LinkedHashMap<>();
    private final Map<String, SourceSpan[]> evidence = new LinkedHashMap<>();
    private final Set<String> conflicts = new HashSet<>();
    private final Set<Declaration.ClauseDecl> misfits = new HashSet<>();

    private RelationTypes(Declarations declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    /** Relation name to column types (null entries unknown), for every relation that exists. */
    static Map<String, List<ValueType>> infer(Declarations declarations, Diagnostics diagnostics) {
        RelationTypes types = new RelationTypes(declarations, diagnostics);
        types.declared();
        types.derived();
        Map<String, List<ValueType>> result = new LinkedHashMap<>();
        types.columns.forEach((name, cols) -> result.put(name, Collections.unmodifiableList(Arrays.asList(cols))));
        return result;
    }

    private void declared() {
        for (Declaration.RelationDecl decl : declarations.relations.values()) {
            List<FieldDecl> fields = decl.columns();
            ValueType[] types = new ValueType[fields.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = declarations.type(fields.get(i)).orElse(null);
            }
            columns.put(decl.name().text(), types);
        }
    }

    private void derived() {
        List<String> undeclared = new ArrayList<>();
        for (Map.Entry<String, List<Declaration.ClauseDecl>> entry : declarations.clausesByHead.entrySet()) {
            if (declarations.relations.containsKey(entry.getKey())) {
                continue;
            }
            undeclared.add(entry.getKey());
            int arity = entry.getValue().get(0).head().terms().size();
            columns.put(entry.getKey(), new ValueType[arity]);
            evidence.put(entry.getKey(), new SourceSpan[arity]);
            entry.getValue().stream()
                    .filter(c -> c.head().terms().size() != arity)
                    .forEach(c -> {
                        misfits.add(c);
                        diagnostics.add(Diagnostic.of(
                                        DiagnosticCode.ARITY_MISMATCH,
                                        c.head().span(),
                                        "`" + entry.getKey() + "` has " + arity + " column" + (arity == 1 ? "" : "s")
                                                + " but this clause gives it "
                                                + c.head().terms().size(),
                                        "give every clause of `" + entry.getKey() + "` the same number of arguments")
                                .withLabel(
                                        entry.getValue().get(0).head().span(),
                                        "first defined with " + arity + " here"));
                    });
        }
        // Relations are visited after the ones they read, so one pass settles all but recursive
        // components, which iterate to their own fixpoint.
        for (Set<String> component : readOrder()) {
            List<String> members =
                    component.stream().filter(undeclared::contains).toList();
            boolean changed = !members.isEmpty();
            while (changed) {
                changed = false;
                for (String relation : members) {
                    for (Declaration.ClauseDecl clause : declarations.clausesByHead.get(relation)) {
                        if (!misfits.contains(clause)) {
                            changed |= inferFrom(relation, clause);
                        }
                    }
                }
            }
        }
        undeclared.forEach(this::reportUnknown);
    }

    private List<Set<String>> readOrder() {
        List<DependencyGraph.Edge> edges = new ArrayList<>();
        for (Declaration.ClauseDecl clause : declarations.clauses) {
            for (BodyLiteral literal : clause.body()) {
                if (literal instanceof DatalogAtom atom) {
                    edges.add(new DependencyGraph.Edge(
                            clause.head().relation().text(), atom.relation().text(), false, atom.span()));
                }
            }
        }
        return new DependencyGraph(List.copyOf(declarations.relationOrder), edges).components();
    }

    private boolean inferFrom(String relation, Declaration.ClauseDecl clause) {
        ValueType[] types = columns.get(relation);
        SourceSpan[] seen = evidence.get(relation);
        boolean changed = false;
        List<Term> terms = clause.head().terms();
        for (int i = 0; i < terms.size(); i++) {
            ValueType found = evidence(terms.get(i), clause);
            if (found == null) {
                continue;
            }
            if (types[i] == null) {
                types[i] = found;
                seen[i] = terms.get(i).span();
                changed = true;
            } else if (!types[i].equals(found) && conflicts.add(relation + "/" + i)) {
                diagnostics.add(Diagnostic.of(
                                DiagnosticCode.CONFLICTING_COLUMN_TYPE,
                                terms.get(i).span(),
                                "column " + (i + 1) + " of `" + relation + "` is " + Constants.article(found)
                                        + " here but " + Constants.article(types[i]) + " in another clause",
                                "declare the relation with the column type you mean: `relation " + relation + "(...)`")
                        .withLabel(seen[i], "inferred as " + types[i].displayName() + " here"));
            }
        }
        return changed;
    }

    /** What one head term says about its column's type, or null when it says nothing yet. */
    private ValueType evidence(Term term, Declaration.ClauseDecl clause) {
        if (term instanceof Term.Variable v) {
            return bindingType(v.name(), clause);
        }
        if (term instanceof Literal l) {
            return Constants.typeOf(l);
        }
        if (term instanceof NameRef n) {
            return nameType(n.name());
        }
        return null;
    }

    /** An action, or the enum that alone has a value of that name. */
    private ValueType nameType(String name) {
        if (declarations.actions.containsKey(name)) {
            return PrimitiveType.ACTION;
        }
        List<String> owners = declarations.enums.entrySet().stream()
                .filter(e -> e.getValue().contains(name))
                .map(Map.Entry::getKey)
                .toList();
        return owners.size() == 1 ? new EnumType(owners.get(0)) : null;
    }

    /** The type of the first column a positive body atom binds the variable in, if known. */
    private ValueType bindingType(String variable, Declaration.ClauseDecl clause) {
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof DatalogAtom atom) {
                ValueType[] types = columns.get(atom.relation().text());
                if (types == null || types.length != atom.terms().size()) {
                    continue;
                }
                for (int i = 0; i < types.length; i++) {
                    if (atom.terms().get(i) instanceof Term.Variable v
                            && v.name().equals(variable)
                            && types[i] != null) {
                        return types[i];
                    }
                }
            }
        }
        return null;
    }

    /**
     * Reports columns nothing determined, but only for clauses whose own parts are sound: an
     * unknown relation or an unbound head variable is reported by its own check, and saying
     * "cannot infer" on top of it would be noise.
     */
    private void reportUnknown(String relation) {
        ValueType[] types = columns.get(relation);
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null) {
                unknown.add(i + 1);
            }
        }
        List<Declaration.ClauseDecl> clauses = declarations.clausesByHead.get(relation);
        if (unknown.isEmpty()
                || clauses.stream().anyMatch(Declaration.ClauseDecl::isFact)
                || !clauses.stream().allMatch(this::sound)) {
            return;
        }
        diagnostics.report(
                DiagnosticCode.UNINFERABLE_COLUMN,
                clauses.get(0).head().relation().span(),
                "cannot infer the type of column" + (unknown.size() == 1 ? " " : "s ")
                        + String.join(
                                ", ", unknown.stream().map(String::valueOf).toList()) + " of `" + relation + "`",
                "declare it: `relation " + relation + "(...)` with the column types");
    }

    private boolean sound(Declaration.ClauseDecl clause) {
        Set<String> bound = new HashSet<>();
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof DatalogAtom atom) {
                ValueType[] types = columns.get(atom.relation().text());
                if (types == null
                        || types.length != atom.terms().size()
                        || (declarations.relations.containsKey(atom.relation().text())
                                && Arrays.stream(types).anyMatch(Objects::isNull))) {
                    return false;
                }
                atom.terms().stream()
                        .filter(Term.Variable.class::isInstance)
                        .forEach(t -> bound.add(((Term.Variable) t).name()));
            }
        }
        return clause.head().terms().stream()
                .allMatch(
                        t -> !(t instanceof Wildcard) && (!(t instanceof Term.Variable v) || bound.contains(v.name())));
    }
}
