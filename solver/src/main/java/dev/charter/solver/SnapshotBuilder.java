package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.datalog.Database;
import dev.charter.runtime.datalog.DatalogEvaluator;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a fact snapshot that gives the abstracted atoms of a witness the truth values the model
 * chose, so the runtime can confirm the witness. Atoms over {@code input relation}s become facts
 * directly; a derived atom that must hold is derived backwards through the clauses, joining with
 * the relations the constitution fixes and filling unconstrained positions with plain values.
 * The runtime's evaluator then materialises the snapshot and every atom is checked against the
 * model: a snapshot that does not realise all of them is not used.
 */
final class SnapshotBuilder {

    private static final int DEPTH = 4;

    private final Program program;
    private final Database fixed;
    private final Set<String> fixedRelations;
    private final Map<String, Set<List<Value>>> facts = new LinkedHashMap<>();

    SnapshotBuilder(Program program) {
        this.program = program;
        this.fixed = DatalogEvaluator.materialize(program, FactSnapshot.empty());
        this.fixedRelations = Knowledge.fixedRelations(program);
    }

    /** A snapshot with its JSON, or empty when none realising every atom was found. */
    record Built(FactSnapshot snapshot, ObjectNode json) {
    }

    Optional<Built> build(List<WitnessReader.AtomValuation> atoms) {
        facts.clear();
        for (WitnessReader.AtomValuation atom : atoms) {
            if (atom.holds() && !derive(atom.relation(), atom.arguments(), DEPTH)) {
                return Optional.empty();
            }
        }
        ObjectNode json = toJson();
        FactSnapshot snapshot = FactSnapshot.parse(json.toString().getBytes(StandardCharsets.UTF_8));
        Database database = DatalogEvaluator.materialize(program, snapshot);
        for (WitnessReader.AtomValuation atom : atoms) {
            if (holds(database, atom) != atom.holds()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Built(snapshot, facts.isEmpty() ? null : json));
    }

    private static boolean holds(Database database, WitnessReader.AtomValuation atom) {
        for (List<Value> tuple : database.tuples(atom.relation())) {
            boolean agrees = true;
            for (int i = 0; i < tuple.size() && agrees; i++) {
                agrees = atom.arguments().get(i) == null || atom.arguments().get(i).equals(tuple.get(i));
            }
            if (agrees) {
                return true;
            }
        }
        return false;
    }

    /** Adds facts from which {@code relation(arguments)} follows; null arguments are free. */
    private boolean derive(String relation, List<Value> arguments, int depth) {
        Relation r = program.relation(relation).orElseThrow();
        if (r.input()) {
            List<Value> tuple = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i++) {
                tuple.add(arguments.get(i) != null ? arguments.get(i) : filler(r.columns().get(i).type()));
            }
            facts.computeIfAbsent(relation, k -> new LinkedHashSet<>()).add(tuple);
            return true;
        }
        if (holds(fixed, new WitnessReader.AtomValuation(relation, arguments, true))) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (Stratum stratum : program.strata()) {
            for (Clause clause : stratum.clauses()) {
                if (clause.head().relation().equals(relation) && !clause.isFact()) {
                    Map<String, Value> binding = unify(clause.head(), arguments);
                    if (binding != null && satisfy(fixedFirst(clause.body()), 0, binding, depth)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Joins with the fixed relations first, so that their tuples bind what the input facts must then say. */
    private List<BodyLiteral> fixedFirst(List<BodyLiteral> body) {
        List<BodyLiteral> ordered = new ArrayList<>();
        body.stream().filter(l -> l instanceof BodyLiteral.Positive p && fixedRelations.contains(p.atom().relation()))
                .forEach(ordered::add);
        body.stream().filter(l -> !ordered.contains(l)).forEach(ordered::add);
        return ordered;
    }

    private static Map<String, Value> unify(DatalogAtom head, List<Value> arguments) {
        Map<String, Value> binding = new HashMap<>();
        for (int i = 0; i < head.terms().size(); i++) {
            Term term = head.terms().get(i);
            Value wanted = arguments.get(i);
            if (wanted == null) {
                continue;
            }
            if (term instanceof Term.Constant c && !c.value().equals(wanted)) {
                return null;
            }
            if (term instanceof Term.Variable v && binding.containsKey(v.name()) && !binding.get(v.name()).equals(wanted)) {
                return null;
            }
            if (term instanceof Term.Variable v) {
                binding.put(v.name(), wanted);
            }
        }
        return binding;
    }

    /** Satisfies body literals from {@code index} on, backtracking over the fixed tuples a literal can join with. */
    private boolean satisfy(List<BodyLiteral> body, int index, Map<String, Value> binding, int depth) {
        if (index == body.size()) {
            return true;
        }
        BodyLiteral literal = body.get(index);
        if (!(literal instanceof BodyLiteral.Positive positive)) {
            return satisfy(body, index + 1, binding, depth);
        }
        DatalogAtom atom = positive.atom();
        Relation r = program.relation(atom.relation()).orElseThrow();
        List<Value> pattern = instantiate(atom, binding);
        if (fixedRelations.contains(atom.relation())) {
            for (List<Value> tuple : fixed.tuples(atom.relation())) {
                Map<String, Value> extended = extend(atom, tuple, binding);
                if (extended != null && satisfy(body, index + 1, extended, depth)) {
                    return true;
                }
            }
            return false;
        }
        List<Value> ground = new ArrayList<>();
        for (int i = 0; i < pattern.size(); i++) {
            ground.add(pattern.get(i) != null ? pattern.get(i) : filler(r.columns().get(i).type()));
        }
        Map<String, Value> extended = extend(atom, ground, binding);
        Map<String, Set<List<Value>>> saved = copy(facts);
        if (extended != null && derive(atom.relation(), ground, depth - 1) && satisfy(body, index + 1, extended, depth)) {
            return true;
        }
        facts.clear();
        facts.putAll(saved);
        return false;
    }

    private static List<Value> instantiate(DatalogAtom atom, Map<String, Value> binding) {
        List<Value> out = new ArrayList<>();
        for (Term term : atom.terms()) {
            out.add(term instanceof Term.Constant c ? c.value() : binding.get(((Term.Variable) term).name()));
        }
        return out;
    }

    private static Map<String, Value> extend(DatalogAtom atom, List<Value> tuple, Map<String, Value> binding) {
        Map<String, Value> extended = new HashMap<>(binding);
        for (int i = 0; i < atom.terms().size(); i++) {
            Term term = atom.terms().get(i);
            if (term instanceof Term.Constant c && !c.value().equals(tuple.get(i))) {
                return null;
            }
            if (term instanceof Term.Variable v) {
                Value bound = extended.putIfAbsent(v.name(), tuple.get(i));
                if (bound != null && !bound.equals(tuple.get(i))) {
                    return null;
                }
            }
        }
        return extended;
    }

    private static Map<String, Set<List<Value>>> copy(Map<String, Set<List<Value>>> source) {
        Map<String, Set<List<Value>>> out = new LinkedHashMap<>();
        source.forEach((k, v) -> out.put(k, new LinkedHashSet<>(v)));
        return out;
    }

    private Value filler(ValueType type) {
        if (type instanceof EnumType e) {
            return new Value.EnumValue(e, program.schema().enumValues(e).orElseThrow().get(0));
        }
        return switch ((PrimitiveType) type) {
            case BOOL -> new Value.BoolValue(false);
            case INT -> new Value.IntValue(0);
            case DECIMAL -> new Value.DecimalValue(BigDecimal.ZERO);
            case STRING -> new Value.StringValue("other");
            case DATE -> new Value.DateValue(LocalDate.of(2026, 1, 1));
            case ACTION -> new Value.ActionValue(program.schema().actions().get(0).name());
            case EFFECT -> new Value.EffectValue(dev.charter.runtime.ir.Effect.DENY);
        };
    }

    private ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode relations = root.putObject("relations");
        facts.forEach((relation, tuples) -> {
            ArrayNode array = relations.putArray(relation);
            tuples.forEach(t -> {
                ArrayNode row = array.addArray();
                t.forEach(v -> row.add(JsonValues.of(v)));
            });
        });
        return root;
    }
}
