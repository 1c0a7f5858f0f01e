package dev.charter.solver;

/**
 * What Z3 said about one query. Only {@link Kind#UNSAT} proves a property; {@link Kind#UNKNOWN}
 * (a timeout, an incomplete theory) is never read as success.
 */
record Verdict(Kind kind, String reason) {

    enum Kind {
        SAT,
        UNSAT,
        UNKNOWN
    }

    static final Verdict SAT = new Verdict(Kind.SAT, "");
    static final Verdict UNSAT = new Verdict(Kind.UNSAT, "");

    static Verdict unknown(String reason) {
        return new Verdict(Kind.UNKNOWN, reason);
    }

    boolean isSat() {
        return kind == Kind.SAT;
    }

    boolean isUnsat() {
        return kind == Kind.UNSAT;
    }

    boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }
}
