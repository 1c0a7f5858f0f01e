package dev.charter.proofs.generators;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.datalog.Database;
import dev.charter.runtime.datalog.DatalogEvaluator;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a constitution's conditions single out, gathered once: the {@link BiasTarget}s of each
 * action's attributes, every constant by type, the values of relation columns that conditions
 * read (from the constitution's own facts and a base snapshot), and the agents those facts name.
 * The request and fact generators draw from it; the agreement test asserts every target was
 * reached.
 *
 * @param targets   every target, in the order the conditions name them
 * @param constants every constant of the conditions, by type
 * @param columns   per {@code action|path}, values of the relation columns the attribute is matched against
 * @param agents    agent ids worth trying: those in string columns of the facts, and string constants
 */
public record ConstitutionBias(
        List<BiasTarget> targets,
        Map<ValueType, Set<Value>> constants,
        Map<String, Set<Value>> columns,
        List<String> agents) {

    /** The agent generated requests fall back on when no fact names one. */
    static final String DEFAULT_AGENT = "agent-1";

    public ConstitutionBias {
        targets = List.copyOf(targets);
        constants = Map.copyOf(constants);
        columns = Map.copyOf(columns);
        agents = List.copyOf(agents);
    }

    /** Gathers the bias of {@code program}, with {@code base} as the snapshot its input relations usually hold. */
    public static ConstitutionBias of(Program program, FactSnapshot base) {
        Database facts = DatalogEvaluator.materialize(program, base);
        Set<BiasTarget> targets = new LinkedHashSet<>();
        Map<ValueType, Set<Value>> constants = new LinkedHashMap<>();
        Map<String, Set<Value>> columns = new LinkedHashMap<>();
        Set<String> agents = new LinkedHashSet<>();
        for (Relation relation : program.relations()) {
            for (int i = 0; i < relation.arity(); i++) {
                if (relation.columns().get(i).type() == PrimitiveType.STRING) {
                    for (List<Value> tuple : facts.tuples(relation.name())) {
                        agents.add(tuple.get(i).toString());
                    }
                }
            }
        }
        for (DecisionRule rule : program.rules()) {
            for (String action : rule.actions()) {
                ConditionConstants.read(rule.condition(), new ConditionConstants.Sink() {
                    public void target(Expr.Attribute attribute, Value value, BiasTarget.Kind kind) {
                        targets.add(new BiasTarget(action, attribute.path(), value, kind));
                    }

                    public void column(Expr argument, String relation, int position) {
                        if (argument instanceof Expr.Attribute attribute) {
                            Set<Value> values = columns.computeIfAbsent(
                                    action + "|" + attribute.path(), k -> new LinkedHashSet<>());
                            facts.tuples(relation).forEach(t -> values.add(t.get(position)));
                        }
                    }

                    public void compared(Expr.Attribute attribute, String relation, int position) {
                        for (List<Value> tuple : facts.tuples(relation)) {
                            ConditionConstants.neighbours(
                                    attribute.type(),
                                    tuple.get(position),
                                    v -> targets.add(
                                            new BiasTarget(action, attribute.path(), v, BiasTarget.Kind.EXACT)));
                        }
                    }

                    public void constant(Value value) {
                        constants
                                .computeIfAbsent(value.type(), k -> new LinkedHashSet<>())
                                .add(value);
                        if (value instanceof Value.StringValue s) {
                            agents.add(s.value());
                        }
                    }
                });
            }
        }
        List<String> agentList = new ArrayList<>(agents);
        agentList.add(DEFAULT_AGENT);
        return new ConstitutionBias(new ArrayList<>(targets), constants, columns, agentList);
    }

    /** The targets of one attribute of one action. */
    List<BiasTarget> targetsOf(String action, String path) {
        return targets.stream()
                .filter(t -> t.action().equals(action) && t.path().equals(path))
                .toList();
    }
}
