package dev.charter.runtime.datalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class SemiNaiveProperties {

    @Property(tries = 300)
    void semiNaiveDerivesExactlyWhatNaiveEvaluationDerives(@ForAll long seed) {
        RandomDatalog random = new RandomDatalog(seed);
        Program program = random.program();
        FactSnapshot snapshot = random.snapshot();

        Database database = DatalogEvaluator.materialize(program, snapshot);
        NaiveEvaluator reference = new NaiveEvaluator(program, snapshot.facts(program));

        for (Relation r : program.relations()) {
            assertEquals(reference.tuples(r.name()), new HashSet<>(database.tuples(r.name())), r.name());
        }
    }

    @Property(tries = 200)
    void everyDerivationIsAValidProofFromTheSnapshotAndTheClauses(@ForAll long seed) {
        RandomDatalog random = new RandomDatalog(seed);
        Program program = random.program();
        FactSnapshot snapshot = random.snapshot();
        Database database = DatalogEvaluator.materialize(program, snapshot);
        Map<String, List<List<Value>>> input = snapshot.facts(program);

        for (Relation r : program.relations()) {
            for (List<Value> tuple : database.tuples(r.name())) {
                check(database.derivation(r.name(), tuple).orElseThrow(), database, input);
            }
        }
    }

    private static void check(Derivation d, Database database, Map<String, List<List<Value>>> input) {
        switch (d.kind()) {
            case SNAPSHOT ->
                assertTrue(input.getOrDefault(d.fact().relation(), List.of())
                        .contains(d.fact().tuple()));
            case CONSTITUTION ->
                assertEquals(
                        d.fact().tuple(),
                        NaiveEvaluator.ground(d.clause().head().terms(), Map.of()));
            case ELIDED ->
                assertTrue(database.contains(d.fact().relation(), d.fact().tuple()));
            case CLAUSE -> {
                Map<String, Value> env = new HashMap<>();
                int premise = 0;
                for (BodyLiteral literal : d.clause().body()) {
                    if (literal instanceof BodyLiteral.Positive p) {
                        Derivation sub = d.premises().get(premise++);
                        assertEquals(p.atom().relation(), sub.fact().relation());
                        assertTrue(NaiveEvaluator.unify(
                                p.atom().terms(), sub.fact().tuple(), env));
                        check(sub, database, input);
                    }
                }
                assertTrue(
                        NaiveEvaluator.unify(d.clause().head().terms(), d.fact().tuple(), env));
                for (var absent : d.absent()) {
                    assertFalse(database.contains(absent.relation(), absent.tuple()), absent.toString());
                }
            }
        }
    }
}
