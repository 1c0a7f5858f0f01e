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
 * Chooses the encodings of a program's atoms. Relations known exactly — those fixed by the
 * constitution, or every relation given a fact snapshot ({@code --facts}) — take their tuples
 * from the runtime's own Datalog evaluator, so that both read the same tuples. When some relation
 * depends on the snapshot and none is given, proofs and witnesses need different encodings.
 */
final class KnowledgeFactory {

    private KnowledgeFactory() {}

    /** The encoding proofs are asked of, and the one witnesses are read from; the same one when all is known. */
    record Encodings(Knowledge proof, Knowledge witness) {

        boolean single() {
            return proof == witness;
        }
    }

    /**
     * @param slots the fact snapshot's unknowns, shared by the programs decided under one snapshot
     */
    static Encodings of(ValueCodec codec, Program program, AnalysisOptions options, FactSlots slots) {
        FactSnapshot snapshot = options.facts().orElse(FactSnapshot.empty());
        Database database = DatalogEvaluator.materialize(program, snapshot);
        RelationGraph graph = new RelationGraph(program);
        Set<String> known = options.facts().isPresent()
                ? Set.copyOf(program.relations().stream().map(Relation::name).toList())
                : program.relations().stream()
                        .map(Relation::name)
                        .filter(r -> !graph.dependsOnInput(r))
                        .collect(java.util.stream.Collectors.toSet());
        Map<String, Set<List<Value>>> tuples = new HashMap<>();
        for (String relation : known) {
            tuples.put(relation, database.tuples(relation));
        }
        ExactRelations exact = new ExactRelations(codec, tuples);
        if (known.size() == program.relations().size()) {
            Knowledge all = new ExactKnowledge(codec, exact);
            return new Encodings(all, all);
        }
        return new Encodings(
                new UnfoldedKnowledge(codec, graph, exact), new BoundedKnowledge(codec, graph, exact, slots));
    }
}
