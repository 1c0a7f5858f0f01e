package dev.charter.solver;

import dev.charter.compiler.Severity;

/**
 * The properties the solver decides about a constitution (LANGUAGE.md §5), each with the
 * severity it is reported at and the stable code used in JSON, SARIF and the test corpus.
 */
public enum FindingKind {
    /** Two rules with different effects match one request; their priorities say which wins. */
    CONFLICT("conflict", Severity.INFO),
    /** Two rules with different effects can both win one request: same priority, so only {@code on conflict} decides. */
    PRIORITY_GAP("priority-gap", Severity.ERROR),
    /** A rule that never decides: its condition is unsatisfiable, or higher-priority rules shadow it. */
    UNREACHABLE_RULE("unreachable-rule", Severity.WARNING),
    /** A request left to the default between two requests decided by rules, one attribute just below and above it. */
    COVERAGE_HOLE("coverage-hole", Severity.WARNING),
    /** A deny rule that a higher-priority permit overrides on some requests. */
    OVERRIDDEN_DENY("overridden-deny", Severity.WARNING),
    /** An assertion that holds for every request. */
    ASSERTION_PROVED("assertion-proved", Severity.INFO),
    /** An assertion that fails on some request, shown by the witness. */
    ASSERTION_REFUTED("assertion-refuted", Severity.ERROR),
    /** The solver could not decide a property (timeout, unknown) or the runtime did not confirm a witness: never a pass. */
    INCONCLUSIVE("inconclusive", Severity.ERROR);

    private final String code;
    private final Severity severity;

    FindingKind(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }
}
