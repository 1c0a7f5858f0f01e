package dev.charter.solver;

import dev.charter.compiler.Severity;

/**
 * The properties the solver decides about a constitution (docs/language.md §10, "Solver findings"), each with the
 * severity it is reported at and the stable code used in JSON, SARIF and the test corpus.
 */
public enum FindingKind {
    /** A higher-priority rule overrides a lower one with a different effect on some request, as priorities intend. */
    OVERRIDE("override", Severity.INFO),
    /** Rules of the same priority give different effects on one request, so only {@code on conflict} decides it. */
    CONFLICT("conflict", Severity.ERROR),
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
