package dev.charter.proofs.generators;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of fact snapshots for a constitution's {@code input relation}s. Each
 * relation holds a subset of candidate tuples: those of a base snapshot (the one the
 * constitution is deployed with) and tuples built from the agents, enum values and constants the
 * conditions single out. Subsets shrink towards fewer tuples, so a failing snapshot shrinks to
 * the facts that matter.
 */
public final class FactArbitraries {

    /** Synthetic candidate tuples per relation besides the base snapshot's. */
    private static final int SYNTHETIC = 6;

    private final Program program;
    private final FactSnapshot base;
    private final ConstitutionBias bias;

    private FactArbitraries(Program program, FactSnapshot base, ConstitutionBias bias) {
        this.program = program;
        this.base = base;
        this.bias = bias;
    }

    public static FactArbitraries of(Program program, FactSnapshot base) {
        return new FactArbitraries(program, base, ConstitutionBias.of(program, base));
    }

    /** Snapshots holding, for each input relation, some of its candidate tuples. */
    public Arbitrary<FactSnapshot> snapshots() {
        List<Relation> inputs =
                program.relations().stream().filter(Relation::input).toList();
        if (inputs.isEmpty()) {
            return Arbitraries.just(FactSnapshot.empty());
        }
        Map<String, List<List<Value>>> given = base.facts(program);
        List<Arbitrary<List<Object>>> relations = new ArrayList<>();
        for (Relation relation : inputs) {
            relations.add(tuples(relation, given.getOrDefault(relation.name(), List.of()))
                    .map(t -> t));
        }
        return Combinators.combine(relations).as(chosen -> {
            FactSnapshot.Builder snapshot = FactSnapshot.builder();
            for (int i = 0; i < inputs.size(); i++) {
                for (Object tuple : chosen.get(i)) {
                    snapshot.add(inputs.get(i).name(), ((List<?>) tuple).toArray());
                }
            }
            return snapshot.build();
        });
    }

    private Arbitrary<List<Object>> tuples(Relation relation, List<List<Value>> given) {
        Set<List<Object>> candidates = new LinkedHashSet<>();
        for (List<Value> tuple : given) {
            candidates.add(tuple.stream().map(RequestArbitraries::raw).toList());
        }
        List<List<Value>> pools = new ArrayList<>();
        for (int c = 0; c < relation.arity(); c++) {
            pools.add(pool(relation.columns().get(c), column(given, c)));
        }
        for (int k = 0; k < SYNTHETIC; k++) {
            List<Object> tuple = new ArrayList<>();
            for (List<Value> pool : pools) {
                tuple.add(RequestArbitraries.raw(pool.get((k * 7 + tuple.size() * 3) % pool.size())));
            }
            candidates.add(tuple);
        }
        return Arbitraries.subsetOf(candidates).map(s -> new ArrayList<>(s));
    }

    private static List<Value> column(List<List<Value>> tuples, int c) {
        return tuples.stream().map(t -> t.get(c)).distinct().toList();
    }

    /**
     * Values worth putting in a column of this type: the agents and constants the constitution
     * names, and the values the base snapshot holds in this column (a limit a condition reads
     * through a variable may be named nowhere else).
     */
    private List<Value> pool(Field column, List<Value> inBase) {
        ValueType type = column.type();
        List<Value> pool = new ArrayList<>(bias.constants().getOrDefault(type, Set.of()));
        inBase.stream().filter(v -> !pool.contains(v)).forEach(pool::add);
        if (type instanceof EnumType e) {
            program.schema().enumValues(e).orElseThrow().forEach(v -> pool.add(new Value.EnumValue(e, v)));
        } else if (type == PrimitiveType.STRING) {
            bias.agents().forEach(a -> pool.add(new Value.StringValue(a)));
        } else if (type == PrimitiveType.ACTION) {
            program.schema().actions().forEach(a -> pool.add(new Value.ActionValue(a.name())));
        } else if (type == PrimitiveType.INT) {
            pool.add(new Value.IntValue(0));
            pool.add(new Value.IntValue(1));
        } else if (type == PrimitiveType.DECIMAL) {
            pool.add(new Value.DecimalValue(BigDecimal.ZERO));
            pool.add(new Value.DecimalValue(BigDecimal.ONE));
        } else if (type == PrimitiveType.BOOL) {
            pool.add(new Value.BoolValue(true));
        }
        if (pool.isEmpty()) {
            throw new IllegalStateException(
                    "no candidate values for column " + column.name() + " of type " + type.displayName());
        }
        return pool;
    }
}
