package dev.charter.runtime.ir;

import java.util.List;

/**
 * One stratum of the Datalog program: the relations it defines and their clauses. Strata are
 * evaluated in order; a clause reads relations of earlier strata negatively and of its own or
 * earlier strata positively.
 */
public record Stratum(List<String> relations, List<Clause> clauses) {

    public Stratum {
        relations = List.copyOf(relations);
        clauses = List.copyOf(clauses);
    }
}
