package dev.charter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.proofs.cases.HistoryRealization;
import dev.charter.proofs.cases.HistoryRealizer;
import dev.charter.proofs.cases.RealizedHistory;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.Finding;
import dev.charter.solver.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Solver findings as diagnostics, so that {@code charter check} prints them like compiler
 * diagnostics — code, file:line:col, the rule's source line — with the witness request (and the
 * facts it needs) as the help line a person can paste into {@code charter eval}. A witness over a
 * history also shows the earlier requests that produce it, decided into a scratch ledger
 * ({@link HistoryRealizer}), or says that none were found and that it was confirmed over the
 * aggregate values only.
 */
final class FindingText {

    /** The most runs of equal earlier requests shown one a line; a longer history is shown by its count. */
    private static final int MOST_RUNS_SHOWN = 3;

    private FindingText() {}

    static List<Diagnostic> diagnostics(Report report, Program program, boolean strict) {
        List<Diagnostic> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            out.add(new Diagnostic(
                    f.kind().diagnosticCode(), f.severity(strict), f.span(), f.message(), List.of(), help(f, program)));
        }
        return out;
    }

    private static String help(Finding f, Program program) {
        if (f.witness() == null) {
            return null;
        }
        String help = "witness: " + f.witness().request();
        if (f.witness().facts() != null) {
            help += "\n  with facts: " + f.witness().facts();
        }
        if (f.witness().history() != null) {
            help += "\n  over the history: " + f.witness().history() + earlier(f, program);
        }
        if (f.witness().decision() != null) {
            help += "\n  the runtime decides: " + f.witness().decision();
        }
        return help;
    }

    /** The earlier requests that realize the witness's history, or why there are none. */
    private static String earlier(Finding f, Program program) {
        HistoryRealization realization = HistoryRealizer.realize(program, f.witness());
        if (realization instanceof HistoryRealization.NotRealized not) {
            return "\n  history not realized (" + not.reason() + "): confirmed over the aggregate values only";
        }
        RealizedHistory history = ((HistoryRealization.Realized) realization).history();
        int count = history.entries().size();
        if (count == 0) {
            return "\n  realized by an empty ledger";
        }
        List<String> runs = runs(history);
        StringBuilder out = new StringBuilder("\n  realized by ")
                .append(count)
                .append(count == 1 ? " earlier request" : " earlier requests")
                .append(", decided in a scratch ledger before it");
        if (runs.size() <= MOST_RUNS_SHOWN) {
            runs.forEach(r -> out.append("\n    ").append(r));
        }
        return out.toString();
    }

    /**
     * The findings' JSON ({@link Report#toJson}) with each witness over a history given its
     * realization: {@code "earlier": [{"request": ..., "approved": false}, ...]} when the scratch
     * ledger confirmed earlier requests, else {@code "history_not_realized": "REASON"}.
     */
    static ArrayNode json(Report report, Program program, boolean strict) {
        ArrayNode out = report.toJson(strict);
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            if (f.witness() == null || f.witness().history() == null) {
                continue;
            }
            ObjectNode witness = (ObjectNode) out.get(i).get("witness");
            HistoryRealization realization = HistoryRealizer.realize(program, f.witness());
            if (realization instanceof HistoryRealization.Realized realized) {
                ArrayNode earlier = witness.putArray("earlier");
                for (RealizedHistory.Entry entry : realized.history().entries()) {
                    ObjectNode node = earlier.addObject();
                    node.set("request", entry.request().deepCopy());
                    node.put("approved", entry.approved());
                }
            } else {
                witness.put("history_not_realized", ((HistoryRealization.NotRealized) realization).reason());
            }
        }
        return out;
    }

    /** Runs of equal earlier requests, each as {@code N times REQUEST} (or {@code REQUEST}), approved ones marked. */
    private static List<String> runs(RealizedHistory history) {
        List<String> out = new ArrayList<>();
        List<RealizedHistory.Entry> entries = history.entries();
        int i = 0;
        while (i < entries.size()) {
            RealizedHistory.Entry entry = entries.get(i);
            int run = 1;
            while (i + run < entries.size() && entries.get(i + run).equals(entry)) {
                run++;
            }
            out.add((run > 1 ? run + " times " : "") + entry.request() + (entry.approved() ? ", approved" : ""));
            i += run;
        }
        return out;
    }
}
