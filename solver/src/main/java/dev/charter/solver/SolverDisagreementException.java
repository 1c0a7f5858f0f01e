package dev.charter.solver;

/**
 * The runtime did not reach the decision the solver's encoding predicts on a witness: a bug in
 * one of them. Raised only where a finding cannot be downgraded to {@code inconclusive}.
 */
final class SolverDisagreementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SolverDisagreementException(String message) {
        super(message);
    }
}
