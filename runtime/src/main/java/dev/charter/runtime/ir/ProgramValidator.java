package dev.charter.runtime.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the structural invariants of a {@link Program}. The compiler reports problems in source
 * terms long before lowering; this is the last line of defence, so that neither the runtime nor
 * the solver ever interprets a program that means nothing (and a tampered bundle that still
 * carries a valid signature can't smuggle one in either).
 */
final class ProgramValidator {

    private final Program program;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, ActionDecl> actions = new HashMap<>();
    private final Map<String, Field> context = new HashMap<>();
    private final Map<String, Relation> relations = new HashMap<>();

    ProgramValidator(Program program) {
        this.program = program;
    }

    List<String> problems() {
        checkSchema();
        checkRelations();
        checkStrata();
        checkRules();
        checkOutcome("default", program.defaultOutcome());
        checkOutcome("on conflict", program.conflictOutcome());
        for (Assertion assertion : program.assertions()) {
            checkCondition("assertion " + assertion.name(), assertion.condition(), null, true);
        }
        return problems;
    }

    private void checkSchema() {
        Schema schema = program.schema();
        Set<String> enumNames = new HashSet<>();
        for (EnumDecl e : schema.enums()) {
            require(enumNames.add(e.name()), "duplicate enum " + e.name());
            require(!e.type().equals(EnumType.WEEKDAY), "enum Weekday is built in");
            require(!e.values().isEmpty(), "enum " + e.name() + " has no values");
            require(new HashSet<>(e.values()).size() == e.values().size(), "enum " + e.name() + " repeats a value");
        }
        for (Field f : schema.context()) {
            require(context.put(f.name(), f) == null, "duplicate context attribute " + f.name());
            require(!f.optional(), "context attribute " + f.name() + " cannot be optional");
            require(!(f.type() instanceof ListType), "context attribute " + f.name() + " cannot be a list");
            checkType("context." + f.name(), f.type());
        }
        for (ActionDecl a : schema.actions()) {
            require(actions.put(a.name(), a) == null, "duplicate action " + a.name());
            ActionNames.problem(a.name()).ifPresent(problems::add);
            Set<String> names = new HashSet<>();
            for (ObjectParameter o : a.objects()) {
                require(names.add(o.path()), "action " + a.name() + " repeats parameter " + o.path());
            }
            for (Field p : a.parameters()) {
                require(names.add(p.name()), "action " + a.name() + " repeats parameter " + p.name());
                checkType(a.name() + "." + p.name(), p.type());
            }
            for (String path : names) {
                require(
                        Arrays.stream(path.split("\\.", -1)).noneMatch(String::isEmpty),
                        "action " + a.name() + " has a parameter path with an empty segment: " + path);
                String parent = ObjectParameter.parent(path);
                require(
                        parent == null || a.object(parent).isPresent(),
                        "action " + a.name() + " declares " + path + " in " + parent + ", which is not an object");
            }
        }
    }

    private void checkType(String where, ValueType type) {
        if (type instanceof ListType l) {
            checkType(where + " (its elements)", l.element());
            return;
        }
        if (type instanceof RecordType r) {
            r.members().forEach(m -> checkType(where + "." + m.name(), m.type()));
            return;
        }
        if (type instanceof EnumType e) {
            require(program.schema().enumValues(e).isPresent(), where + " has undeclared enum type " + e.name());
        }
        require(type != PrimitiveType.EFFECT, where + " cannot have type effect");
    }

    private void checkRelations() {
        for (Relation r : program.relations()) {
            require(relations.put(r.name(), r) == null, "duplicate relation " + r.name());
            require(r.arity() > 0, "relation " + r.name() + " has no columns");
            r.columns().forEach(c -> checkType("relation " + r.name(), c.type()));
            r.columns()
                    .forEach(c ->
                            require(!(c.type() instanceof ListType), "relation " + r.name() + " has a list column"));
            r.columns().forEach(c -> require(!c.optional(), "relation " + r.name() + " has an optional column"));
        }
    }

    private void checkStrata() {
        Map<String, Integer> definedIn = new HashMap<>();
        List<Stratum> strata = program.strata();
        for (int i = 0; i < strata.size(); i++) {
            for (String name : strata.get(i).relations()) {
                Relation r = relations.get(name);
                require(r != null, "stratum " + i + " defines unknown relation " + name);
                require(r == null || !r.input(), "input relation " + name + " is defined by clauses");
                require(definedIn.put(name, i) == null, "relation " + name + " is defined in two strata");
            }
        }
        for (int i = 0; i < strata.size(); i++) {
            for (Clause clause : strata.get(i).clauses()) {
                checkClause(clause, i, definedIn);
            }
        }
    }

    private void checkClause(Clause clause, int stratum, Map<String, Integer> definedIn) {
        String head = clause.head().relation();
        require(
                Integer.valueOf(stratum).equals(definedIn.get(head)),
                "clause at " + clause.span() + " for " + head + " is not in the stratum that defines it");
        checkAtom(clause.head());
        Set<String> bound = new HashSet<>();
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof BodyLiteral.Positive p) {
                checkAtom(p.atom());
                require(
                        stratumOf(p.atom().relation(), definedIn) <= stratum,
                        "clause at " + clause.span() + " reads " + p.atom().relation() + " from a later stratum");
                p.atom().terms().forEach(t -> {
                    if (t instanceof Term.Variable v) {
                        bound.add(v.name());
                    }
                });
            }
        }
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof BodyLiteral.Negated n) {
                checkAtom(n.atom());
                require(
                        stratumOf(n.atom().relation(), definedIn) < stratum,
                        "clause at " + clause.span() + " negates " + n.atom().relation() + " of its own stratum");
                requireBound(n.atom().terms(), bound, clause);
            } else if (literal instanceof BodyLiteral.Comparison c) {
                requireBound(List.of(c.left(), c.right()), bound, clause);
            }
        }
        requireBound(clause.head().terms(), bound, clause);
    }

    private int stratumOf(String relation, Map<String, Integer> definedIn) {
        return definedIn.getOrDefault(relation, -1);
    }

    private void requireBound(List<Term> terms, Set<String> bound, Clause clause) {
        for (Term t : terms) {
            if (t instanceof Term.Variable v) {
                require(
                        bound.contains(v.name()),
                        "clause at " + clause.span() + " uses variable " + v.name() + " not bound by a positive atom");
            }
        }
    }

    private void checkAtom(DatalogAtom atom) {
        Relation r = relations.get(atom.relation());
        if (r == null) {
            problems.add("unknown relation " + atom.relation() + " at " + atom.span());
            return;
        }
        if (r.arity() != atom.arity()) {
            problems.add("relation " + r.name() + " has arity " + r.arity() + " but is used with " + atom.arity()
                    + " at " + atom.span());
            return;
        }
        for (int i = 0; i < atom.arity(); i++) {
            if (atom.terms().get(i) instanceof Term.Constant c) {
                checkValue(c.value(), r.columns().get(i).type(), "column " + (i + 1) + " of " + r.name());
            }
        }
    }

    void checkValue(Value value, ValueType expected, String where) {
        require(
                value.type().equals(expected),
                where + " expects " + expected.displayName() + " but holds "
                        + value.type().displayName());
        if (value instanceof Value.EnumValue e) {
            require(
                    program.schema()
                            .enumValues(e.enumType())
                            .map(vs -> vs.contains(e.value()))
                            .orElse(false),
                    e.value() + " is not a value of " + e.enumType().name());
        }
        if (value instanceof Value.ActionValue a) {
            require(actions.containsKey(a.name()), "unknown action " + a.name() + " in " + where);
        }
    }

    private void checkRules() {
        Set<String> names = new HashSet<>();
        for (DecisionRule rule : program.rules()) {
            require(names.add(rule.name()), "duplicate rule " + rule.name());
            require(!rule.actions().isEmpty(), "rule " + rule.name() + " matches no action");
            rule.actions()
                    .forEach(
                            a -> require(actions.containsKey(a), "rule " + rule.name() + " names unknown action " + a));
            require(
                    (rule.effect() == Effect.ESCALATE) == (rule.route() != null),
                    "rule " + rule.name() + ": a route is given exactly for escalate");
            if (rule.route() != null) {
                checkRoute("rule " + rule.name(), rule.route());
            }
            checkCondition("rule " + rule.name(), rule.condition(), rule.actions(), false);
        }
    }

    private void checkOutcome(String what, Outcome outcome) {
        require(outcome != null, "missing " + what + " outcome");
        if (outcome != null && outcome.route() != null) {
            checkRoute(what, outcome.route());
        }
    }

    private void checkRoute(String where, String route) {
        require(!route.isEmpty(), where + " has an empty route");
        require(
                program.routes().isEmpty() || program.routes().contains(route),
                where + " uses undeclared route " + route);
    }

    private void checkCondition(String where, Expr condition, List<String> ruleActions, boolean inAssertion) {
        require(condition.type() == PrimitiveType.BOOL, where + ": condition is not boolean");
        new ExprChecker(this, where, ruleActions, inAssertion).check(condition);
        List<String> scope = ruleActions != null ? ruleActions : List.copyOf(actions.keySet());
        for (Expr.Attribute read : OptionalGuards.unguarded(condition, name -> optionalIn(scope, name))) {
            report(where + ": reads optional " + read.path() + " without a presence test");
        }
    }

    /** Whether one of {@code actionNames} declares the parameter {@code name} optional. */
    boolean optionalIn(List<String> actionNames, String name) {
        for (String action : actionNames) {
            ActionDecl decl = actions.get(action);
            if (decl != null && decl.optional(name)) {
                return true;
            }
        }
        return false;
    }

    void require(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }

    void report(String problem) {
        problems.add(problem);
    }

    /** The names of every declared action. */
    List<String> actionNames() {
        return List.copyOf(actions.keySet());
    }

    /** The declared action {@code name}, or null. */
    ActionDecl action(String name) {
        return actions.get(name);
    }

    /** The declared context attribute {@code name}, or null. */
    Field contextAttribute(String name) {
        return context.get(name);
    }

    /** The declared relation {@code name}, or null. */
    Relation relation(String name) {
        return relations.get(name);
    }
}
