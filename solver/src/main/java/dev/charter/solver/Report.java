package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.charter.runtime.bundle.AnalysisSummary;
import dev.charter.runtime.diagnostics.Severity;
import dev.charter.runtime.json.CanonicalJson;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Everything the analyses found about one constitution, in source order. */
public record Report(List<Finding> findings) {

    static final Comparator<Finding> ORDER = Comparator.comparing(
                    (Finding f) -> f.span().file())
            .thenComparingInt(f -> f.span().line())
            .thenComparingInt(f -> f.span().column())
            .thenComparing(f -> f.kind().code())
            .thenComparing(f -> String.join(",", f.rules()));

    public Report {
        findings = findings.stream().sorted(ORDER).toList();
    }

    /** Whether the check fails: an error-severity finding (a refuted assertion, a gap, an inconclusive query), or with {@code strict} a warning. */
    public boolean failsCheck(boolean strict) {
        return findings.stream().anyMatch(f -> f.severity(strict) == Severity.ERROR);
    }

    public List<Finding> ofKind(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The {@code findings} array of {@code charter check --format json}. */
    public ArrayNode toJson(boolean strict) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        findings.forEach(f -> array.add(f.toJson(strict)));
        return array;
    }

    /**
     * What a bundle records of this report: the digest of its canonical JSON (the non-strict
     * {@link #toJson} array) and, for every finding kind, how many findings it has, zeros included,
     * named with {@code _} for {@code -} ({@code overridden_deny}).
     */
    public AnalysisSummary summary() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (FindingKind kind : FindingKind.values()) {
            counts.put(kind.code().replace('-', '_'), ofKind(kind).size());
        }
        return AnalysisSummary.of(CanonicalJson.bytes(toJson(false)), counts);
    }
}
