package dev.charter.cli;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.solver.Finding;
import dev.charter.solver.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Solver findings as diagnostics, so that {@code charter check} prints them like compiler
 * diagnostics — code, file:line:col, the rule's source line — with the witness request (and the
 * facts it needs) as the help line a person can paste into {@code charter eval}.
 */
final class FindingText {

    private FindingText() {}

    static List<Diagnostic> diagnostics(Report report, boolean strict) {
        List<Diagnostic> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            out.add(new Diagnostic(
                    f.kind().diagnosticCode(), f.severity(strict), f.span(), f.message(), List.of(), help(f)));
        }
        return out;
    }

    private static String help(Finding f) {
        if (f.witness() == null) {
            return null;
        }
        String help = "witness: " + f.witness().request();
        if (f.witness().facts() != null) {
            help += "\n  with facts: " + f.witness().facts();
        }
        if (f.witness().history() != null) {
            help += "\n  over the history: " + f.witness().history();
        }
        if (f.witness().decision() != null) {
            help += "\n  the runtime decides: " + f.witness().decision();
        }
        return help;
    }
}
