package dev.charter.solver;

/** A finding before the runtime has confirmed its evidence; proofs and dead rules carry none. */
record Candidate(Finding finding, Evidence evidence) {

    static Candidate proof(Finding finding) {
        return new Candidate(finding, null);
    }
}
