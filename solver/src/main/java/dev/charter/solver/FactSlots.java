package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fact snapshot as unknowns: for each {@code input relation}, {@value #PER_RELATION} slots, each
 * a "present" flag and one unknown per column. A model of a query over them is a concrete
 * snapshot — the present slots' values — so witnesses come with the facts they need. Two versions
 * of a constitution compared by {@code diff} share one set of slots, so both are decided under
 * the same snapshot; and since the runtime refuses a snapshot naming a relation a program does not
 * declare, or a value its column's type does not hold, only relations every program declares with
 * the same {@linkplain #signature signature} get slots, holding only values every program accepts.
 * Any other input relation is empty in every witness, as it is in every snapshot all the programs
 * accept.
 */
final class FactSlots {

    static final int PER_RELATION = 3;

    private final ValueCodec codec;
    private final List<Program> programs;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    private record Group(Relation relation, List<BoolExpr> present, List<List<Expr<?>>> columns) {}

    /** @param programs the programs that are decided under one snapshot: one for {@code check}, both versions for {@code diff} */
    FactSlots(ValueCodec codec, List<Program> programs) {
        this.codec = codec;
        this.programs = List.copyOf(programs);
    }

    /** A relation's name with its column types: two declarations read a snapshot's facts alike iff their signatures agree. */
    static String signature(Relation relation) {
        return relation.name()
                + relation.columns().stream().map(c -> c.type().displayName()).toList();
    }

    /**
     * The relation's slots as symbolic tuples, the same terms on every call for one signature;
     * none when some program lacks an input relation of that signature.
     */
    List<SymbolicTuple> of(Relation relation) {
        if (!shared(relation)) {
            return List.of();
        }
        Group group = groups.computeIfAbsent(signature(relation), k -> open(relation));
        List<SymbolicTuple> out = new ArrayList<>();
        for (int i = 0; i < PER_RELATION; i++) {
            out.add(new SymbolicTuple(group.present().get(i), group.columns().get(i)));
        }
        return out;
    }

    /** The input relations some program declares and not every program reads alike: empty in every witness. */
    Set<String> unshared() {
        Set<String> out = new TreeSet<>();
        programs.forEach(
                p -> p.relations().stream().filter(r -> r.input() && !shared(r)).forEach(r -> out.add(r.name())));
        return out;
    }

    private boolean shared(Relation relation) {
        String signature = signature(relation);
        return programs.stream()
                .allMatch(p -> p.relation(relation.name())
                        .filter(r -> r.input() && signature(r).equals(signature))
                        .isPresent());
    }

    private Group open(Relation relation) {
        Context z3 = codec.z3();
        String prefix = "fact." + relation.name() + "." + groups.size() + ".";
        List<BoolExpr> present = new ArrayList<>();
        List<List<Expr<?>>> columns = new ArrayList<>();
        for (int i = 0; i < PER_RELATION; i++) {
            present.add(z3.mkBoolConst(prefix + i + ".present"));
            List<Expr<?>> row = new ArrayList<>();
            for (Field column : relation.columns()) {
                row.add(z3.mkConst(prefix + i + "." + column.name(), codec.sort(column.type())));
            }
            columns.add(row);
        }
        return new Group(relation, present, columns);
    }

    /** The values every program accepts in each column (its enum members and actions, 64-bit ints, dates of four-digit years). */
    BoolExpr domain() {
        List<BoolExpr> constraints = new ArrayList<>();
        for (Group group : groups.values()) {
            for (List<Expr<?>> row : group.columns()) {
                for (int c = 0; c < row.size(); c++) {
                    for (Program program : programs) {
                        constraints.add(codec.domain(
                                row.get(c), group.relation().columns().get(c).type(), program.schema()));
                    }
                }
            }
        }
        return codec.z3().mkAnd(constraints.toArray(new BoolExpr[0]));
    }

    /**
     * Drops every slot the query can do without, then reads the present ones as a fact snapshot;
     * empty when a present slot holds a value no snapshot can carry (a non-terminating decimal).
     */
    Optional<ObjectNode> read(Z3Session.IncrementalSolver.Query query) {
        Context z3 = codec.z3();
        for (Group group : groups.values()) {
            for (BoolExpr present : group.present()) {
                query.tryNarrow(z3.mkNot(present));
            }
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode relations = root.putObject("relations");
        for (Group group : groups.values()) {
            Set<List<Value>> tuples = new LinkedHashSet<>();
            for (int i = 0; i < PER_RELATION; i++) {
                if (!query.model().eval(group.present().get(i), true).isTrue()) {
                    continue;
                }
                List<Value> tuple = new ArrayList<>();
                for (int c = 0; c < group.relation().arity(); c++) {
                    Optional<Value> value = codec.decode(
                            query.model(),
                            group.columns().get(i).get(c),
                            group.relation().columns().get(c).type());
                    if (value.isEmpty() || !JsonValues.carriable(value.get())) {
                        return Optional.empty();
                    }
                    tuple.add(value.get());
                }
                tuples.add(tuple);
            }
            if (!tuples.isEmpty()) {
                ArrayNode rows = relations.has(group.relation().name())
                        ? (ArrayNode) relations.get(group.relation().name())
                        : relations.putArray(group.relation().name());
                tuples.forEach(t -> {
                    ArrayNode row = rows.addArray();
                    t.forEach(v -> row.add(JsonValues.of(v)));
                });
            }
        }
        return Optional.of(root);
    }
}
