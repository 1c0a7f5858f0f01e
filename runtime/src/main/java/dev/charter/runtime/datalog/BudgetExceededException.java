package dev.charter.runtime.datalog;

/** An evaluation ran out of its {@link Budget}; the caller must fail closed. */
public final class BudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BudgetExceededException(String message) {
        super(message);
    }
}
