package dev.charter.solver;

import dev.charter.compiler.parse.ActionNameSyntax;
import dev.charter.runtime.ir.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated constitution with Datalog, kept in parts (relations, clauses, rules, assertions)
 * so that a second version can be made by changing one part, and rendered as the Charter source
 * the compiler reads — the form a failure prints, ready for {@code charter check} and
 * {@code charter diff}.
 *
 * @param seed         the seed it was generated from
 * @param declarations the {@code input relation} and {@code relation} declarations, one line each
 * @param facts        the facts of the declared (non-input) relations
 * @param clauses      the clauses of the derived relations, in stratum order
 * @param rules        the decision rules
 * @param fallback     the {@code default} outcome, e.g. {@code deny}
 * @param onConflict   the {@code on conflict} outcome
 * @param assertions   the assertions
 * @param pools        the constants it uses, from which requests and fact snapshots draw their values
 */
record DatalogConstitution(
        long seed,
        List<String> declarations,
        List<Clause> facts,
        List<Clause> clauses,
        List<Rule> rules,
        String fallback,
        String onConflict,
        List<Assertion> assertions,
        Pools pools) {

    /** The declared actions; the third is named as a tool is, so it is written in quotes. */
    static final List<String> ACTIONS = List.of("pay", "view", "Repo/grant:v2-admin");
    /** Each of {@link #ACTIONS} as the constitution's source writes it. */
    static final List<String> ACTION_SOURCES =
            ACTIONS.stream().map(ActionNameSyntax::written).toList();

    static final List<String> ROLES = List.of("teller", "auditor", "admin");

    DatalogConstitution {
        declarations = List.copyOf(declarations);
        facts = List.copyOf(facts);
        clauses = List.copyOf(clauses);
        rules = List.copyOf(rules);
        assertions = List.copyOf(assertions);
    }

    /** A Datalog atom; each term is source text: a variable, {@code _}, a constant or (in conditions) an attribute. */
    record Atom(String relation, List<String> terms) {
        Atom {
            terms = List.copyOf(terms);
        }

        String text() {
            return relation + "(" + String.join(", ", terms) + ")";
        }
    }

    /** A body literal of a clause. */
    sealed interface Literal {
        String text();
    }

    record Positive(Atom atom) implements Literal {
        public String text() {
            return atom.text();
        }
    }

    record Negated(Atom atom) implements Literal {
        public String text() {
            return "not " + atom.text();
        }
    }

    record Comparison(String left, String op, String right) implements Literal {
        public String text() {
            return left + " " + op + " " + right;
        }
    }

    /** A fact (empty body) or a clause. */
    record Clause(Atom head, List<Literal> body) {
        Clause {
            body = List.copyOf(body);
        }

        String text() {
            return body.isEmpty()
                    ? head.text() + "."
                    : head.text() + " :- " + body.stream().map(Literal::text).collect(Collectors.joining(", ")) + ".";
        }

        Clause withBody(List<Literal> changed) {
            return new Clause(head, changed);
        }
    }

    /**
     * A decision rule.
     *
     * @param when   the conjuncts of its {@code when}, each a condition in source form
     * @param unless its {@code unless} condition, or null
     */
    record Rule(
            String name, String effect, String actions, String route, List<String> when, String unless, long priority) {
        Rule {
            when = List.copyOf(when);
        }

        String text() {
            StringBuilder out = new StringBuilder("rule ")
                    .append(name)
                    .append(":\n  ")
                    .append(effect)
                    .append(' ')
                    .append(actions);
            if (route != null) {
                out.append(" to \"").append(route).append('"');
            }
            if (!when.isEmpty()) {
                out.append("\n  when ").append(String.join(" and ", when));
            }
            if (unless != null) {
                out.append("\n  unless ").append(unless);
            }
            return out.append("\n  priority ").append(priority).append(';').toString();
        }

        Rule withOutcome(String changedEffect, String changedRoute, long changedPriority) {
            return new Rule(name, changedEffect, actions, changedRoute, when, unless, changedPriority);
        }
    }

    record Assertion(String name, String condition) {
        String text() {
            return "assert " + name + ":\n  " + condition + ";";
        }
    }

    /** The constants of a constitution: agents and targets (strings) and thresholds (ints). */
    record Pools(List<String> agents, List<String> targets, List<Long> ints) {
        Pools {
            agents = List.copyOf(agents);
            targets = List.copyOf(targets);
            ints = List.copyOf(ints);
        }
    }

    DatalogConstitution withClauses(List<Clause> changed) {
        return new DatalogConstitution(
                seed, declarations, facts, changed, rules, fallback, onConflict, assertions, pools);
    }

    DatalogConstitution withDeclarations(List<String> changed) {
        return new DatalogConstitution(seed, changed, facts, clauses, rules, fallback, onConflict, assertions, pools);
    }

    DatalogConstitution withRules(List<Rule> changed) {
        return new DatalogConstitution(
                seed, declarations, facts, clauses, changed, fallback, onConflict, assertions, pools);
    }

    String source() {
        List<String> lines = new ArrayList<>();
        lines.add("constitution \"fuzz-" + seed + "\" version 1 { timezone \"UTC\" }");
        lines.add("enum Role { " + String.join(", ", ROLES) + " }");
        lines.add("context { verified: bool, level: int }");
        ACTION_SOURCES.forEach(a -> lines.add("action " + a + " { amount: int, target: string }"));
        lines.addAll(declarations);
        facts.forEach(f -> lines.add(f.text()));
        clauses.forEach(c -> lines.add(c.text()));
        rules.forEach(r -> lines.add(r.text()));
        lines.add("default " + fallback + ";");
        lines.add("on conflict " + onConflict + ";");
        assertions.forEach(a -> lines.add(a.text()));
        return String.join("\n", lines) + "\n";
    }

    /** Compiles the source; a constitution that does not compile is an {@link AssertionError} naming the diagnostics. */
    Program compile() {
        return Constitutions.compile("fuzz-" + seed + ".charter", source());
    }
}
