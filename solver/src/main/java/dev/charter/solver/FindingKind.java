package dev.charter.solver;

import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.diagnostics.Severity;

/**
 * The properties the solver decides about a constitution (docs/language.md §10, "Solver findings"), each with the
 * {@link DiagnosticCode} that gives the stable code used in JSON, SARIF and the test corpus and the severity it is
 * reported at.
 */
public enum FindingKind {
    /** A higher-priority rule overrides a lower one with a different effect on some request, as priorities intend. */
    OVERRIDE(DiagnosticCode.OVERRIDE),
    /** Rules of the same priority give different effects on one request, so only {@code on conflict} decides it. */
    CONFLICT(DiagnosticCode.CONFLICT),
    /** A rule that never decides: its condition is unsatisfiable, or higher-priority rules shadow it. */
    UNREACHABLE_RULE(DiagnosticCode.UNREACHABLE_RULE),
    /** A request left to the default between two requests decided by rules, one attribute just below and above it. */
    COVERAGE_HOLE(DiagnosticCode.COVERAGE_HOLE),
    /** A deny rule that a higher-priority permit overrides on some requests. */
    OVERRIDDEN_DENY(DiagnosticCode.OVERRIDDEN_DENY),
    /** An assertion that holds for every request. */
    ASSERTION_PROVED(DiagnosticCode.ASSERTION_PROVED),
    /** An assertion that fails on some request, shown by the witness. */
    ASSERTION_REFUTED(DiagnosticCode.ASSERTION_REFUTED),
    /** The solver could not decide a property (timeout, unknown) or the runtime did not confirm a witness: never a pass. */
    INCONCLUSIVE(DiagnosticCode.INCONCLUSIVE);

    private final DiagnosticCode diagnosticCode;

    FindingKind(DiagnosticCode diagnosticCode) {
        this.diagnosticCode = diagnosticCode;
    }

    /** The code findings of this kind are reported under, shared with the compiler's diagnostics. */
    public DiagnosticCode diagnosticCode() {
        return diagnosticCode;
    }

    /** The code as users see it, e.g. {@code unreachable-rule}. */
    public String code() {
        return diagnosticCode.code();
    }

    public Severity severity() {
        return diagnosticCode.severity();
    }
}
