package dev.charter.solver;

import dev.charter.runtime.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relations whose tuples are known — read from the runtime's own Datalog evaluator, so the
 * solver and the runtime see the same tuples — as constant {@link SymbolicTuple}s.
 */
final class ExactRelations {

    private final ValueCodec codec;
    private final Map<String, Set<List<Value>>> tuples;
    private final Map<String, List<SymbolicTuple>> encoded = new HashMap<>();

    ExactRelations(ValueCodec codec, Map<String, Set<List<Value>>> tuples) {
        this.codec = codec;
        this.tuples = Map.copyOf(tuples);
    }

    boolean contains(String relation) {
        return tuples.containsKey(relation);
    }

    List<SymbolicTuple> tuples(String relation) {
        return encoded.computeIfAbsent(relation, r -> {
            List<SymbolicTuple> out = new ArrayList<>();
            for (List<Value> tuple : tuples.get(r)) {
                out.add(new SymbolicTuple(
                        codec.z3().mkTrue(),
                        tuple.stream()
                                .<com.microsoft.z3.Expr<?>>map(codec::encode)
                                .toList()));
            }
            return out;
        });
    }
}
