package dev.charter.solver;

import java.util.List;

/**
 * What a finding claims the runtime does, to be confirmed before the finding is reported: the
 * decision on the witness request, the rules that must match it, and for a coverage hole the
 * decisions on its two neighbours.
 */
record Evidence(
        ConcreteRequest request,
        Prediction prediction,
        List<WitnessReader.AtomValuation> atoms,
        List<String> mustMatch,
        List<Neighbour> neighbours) {

    Evidence {
        atoms = List.copyOf(atoms);
        mustMatch = List.copyOf(mustMatch);
        neighbours = List.copyOf(neighbours);
    }

    /** A request next to the witness (one attribute just below or above) and its predicted decision. */
    record Neighbour(String label, ConcreteRequest request, Prediction prediction) {
    }
}
