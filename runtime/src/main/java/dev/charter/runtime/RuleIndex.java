package dev.charter.runtime;

/** The rules of one action that may match a request, in resolution order. */
final class RuleIndex {

    private final int[] rules;

    RuleIndex(int[] rules) {
        this.rules = rules;
    }

    /** Every rule that can match the request bound in {@code f}; a superset of the matching ones. */
    int[] candidates(Frame f) {
        return rules;
    }

    int size() {
        return rules.length;
    }
}
