package dev.charter.solver;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.datalog.Database;
import dev.charter.runtime.datalog.DatalogEvaluator;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the relations the solver encodes exactly, with the runtime's own Datalog evaluator so
 * that both read the same tuples: the relations fixed by the constitution, or — given a fact
 * snapshot ({@code --facts}) — every relation.
 */
final class KnowledgeFactory {

    private KnowledgeFactory() {
    }

    static Knowledge of(ValueCodec codec, Program program, AnalysisOptions options) {
        FactSnapshot snapshot = options.facts().orElse(FactSnapshot.empty());
        Database database = DatalogEvaluator.materialize(program, snapshot);
        Set<String> exact = options.facts().isPresent()
                ? Set.copyOf(program.relations().stream().map(Relation::name).toList())
                : Knowledge.fixedRelations(program);
        Map<String, Set<List<Value>>> tuples = new HashMap<>();
        for (String relation : exact) {
            tuples.put(relation, database.tuples(relation));
        }
        return new Knowledge(codec, program, tuples);
    }
}
