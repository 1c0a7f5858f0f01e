package dev.charter.runtime.bundle;

import static dev.charter.runtime.bundle.ProgramAssertions.assertSameProgram;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Regex;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.Value;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ProgramJsonProperties {

    @Property(tries = 300)
    void aRandomProgramReadsBackEqual(@ForAll long seed) {
        Program program = RandomPrograms.generate(seed);
        assertSameProgram(program, ProgramJson.decode(ProgramJson.encode(program)));
    }

    /** The property above is only as strong as the programs it sees: they must reach every node kind. */
    @Example
    void randomProgramsReachEveryKindOfNode() {
        Set<Class<?>> used = NodeCensus.of(
                LongStream.range(0, 200).mapToObj(RandomPrograms::generate).toList());
        for (Class<?> sealed : List.of(Expr.class, Regex.class, Term.class, BodyLiteral.class, Value.class)) {
            for (Class<?> kind : sealed.getPermittedSubclasses()) {
                assertTrue(used.contains(kind), kind.getName() + " is never generated");
            }
        }
    }
}
