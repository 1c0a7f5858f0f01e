package dev.charter.runtime.bundle;

import dev.charter.runtime.keys.Sha256;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the solver concluded about a constitution, as a bundle records it: the digest of the full
 * analysis report, the number of findings of each kind (e.g. {@code "conflict" -> 0}), and
 * whether whoever compiled it signed it despite error-level findings ({@code --allow-errors}).
 * Signed with the rest of the bundle, so a runtime can tell which verified analysis the rules it
 * runs passed. The kinds are the solver's to name: lower-case words joined by {@code _}.
 */
public record AnalysisSummary(String reportDigest, SortedMap<String, Integer> counts, boolean errorsOverridden) {

    public AnalysisSummary {
        if (!Sha256.isText(reportDigest)) {
            throw new IllegalArgumentException("a report digest is sha256:<64 lower-case hex digits>: " + reportDigest);
        }
        SortedMap<String, Integer> copy = new TreeMap<>();
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (!count.getKey().matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("a finding kind is lower-case words joined by _: " + count.getKey());
            }
            if (count.getValue() == null || count.getValue() < 0) {
                throw new IllegalArgumentException("a finding count is a natural number: " + count);
            }
            copy.put(count.getKey(), count.getValue());
        }
        counts = Collections.unmodifiableSortedMap(copy);
    }

    /** The summary of a report whose canonical JSON is {@code canonicalReport}: its digest and these counts. */
    public static AnalysisSummary of(byte[] canonicalReport, SortedMap<String, Integer> counts) {
        return new AnalysisSummary(Sha256.text(canonicalReport), counts, false);
    }

    /** This summary, recording that the bundle was signed although the analysis found errors. */
    public AnalysisSummary withErrorsOverridden() {
        return new AnalysisSummary(reportDigest, counts, true);
    }
}
