package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Value;
import java.util.List;
import java.util.Map;

/**
 * The facts of a program's input relations, as the Datalog evaluator reads them: the runtime's
 * fact snapshot is one. Declared here, not taken as the snapshot itself, so that the Datalog
 * engine depends on nothing of the runtime that uses it.
 */
public interface InputFacts {

    /**
     * The facts typed against {@code program}'s input relations, in column order: each key an
     * input relation of the program, each tuple of its arity, each value of its column's type.
     * Throws rather than return facts that do not fit.
     */
    Map<String, List<List<Value>>> facts(Program program);
}
