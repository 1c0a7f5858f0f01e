package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analyses over list parameters: a length and one term per element up to the bound, the
 * quantifiers expanded over them, witnesses written as JSON arrays and confirmed by the runtime.
 */
class ListParametersAnalysisTest {

    private static final String SCHEMA = """
            constitution "files" version 1 { timezone "UTC" }
            action read_many { paths: list<string, 4>, sizes?: list<int, 3> }
            """;

    @Test
    void aWitnessCarriesTheListTheFindingNeeds() {
        Report report = analyze(SCHEMA + """
                rule public_only: permit read_many when all(p in request.paths: p starts_with "/data/public/");
                rule secrets: deny read_many when any(p in request.paths: p ends_with ".key");
                default deny;
                """);
        List<Finding> conflicts = report.ofKind(FindingKind.CONFLICT);
        assertEquals(1, conflicts.size(), () -> "findings: " + report.findings());
        JsonNode paths = conflicts.get(0).witness().request().get("request").get("paths");
        assertTrue(paths.isArray() && paths.size() >= 1, paths::toString);
        boolean found = false;
        for (JsonNode p : paths) {
            assertTrue(p.asText().startsWith("/data/public/"), paths::toString);
            found |= p.asText().endsWith(".key");
        }
        assertTrue(found, paths::toString);
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }

    @Test
    void quantifiersOverAListAreProvedWithinItsBound() {
        Report report = analyze(SCHEMA + """
                rule anyone: permit read_many;
                assert count_within_length: count(p in request.paths: p != "") <= len(request.paths);
                assert length_within_bound: len(request.paths) <= 4;
                assert all_of_empty: len(request.paths) == 0 => all(p in request.paths: p == "x");
                assert any_is_not_all_not:
                  any(p in request.paths: p == "a") != all(p in request.paths: p != "a");
                assert contains_is_any: (request.paths contains "a") == any(p in request.paths: p == "a");
                """);
        assertEquals(5, report.ofKind(FindingKind.ASSERTION_PROVED).size(), () -> "findings: " + report.findings());
    }

    @Test
    void aRefutationNeedsAListLongerThanOne() {
        Report report = analyze(SCHEMA + """
                rule anyone: permit read_many;
                assert at_most_one_secret: count(p in request.paths: p ends_with ".key") <= 1;
                """);
        List<Finding> refuted = report.ofKind(FindingKind.ASSERTION_REFUTED);
        assertEquals(1, refuted.size(), () -> "findings: " + report.findings());
        JsonNode paths = refuted.get(0).witness().request().get("request").get("paths");
        assertTrue(paths.size() >= 2, paths::toString);
    }

    @Test
    void anOptionalListIsLeftOutOfAWitnessThatDoesNotNeedIt() {
        Report report = analyze(SCHEMA + """
                rule anyone: permit read_many priority 1;
                rule big: deny read_many when request.sizes != null and any(s in request.sizes: s > 100);
                default deny;
                """);
        List<Finding> overridden = report.ofKind(FindingKind.OVERRIDDEN_DENY);
        assertEquals(1, overridden.size(), () -> "findings: " + report.findings());
        JsonNode sizes = overridden.get(0).witness().request().get("request").get("sizes");
        assertTrue(sizes.isArray() && sizes.size() >= 1 && sizes.get(0).asLong() > 100, sizes::toString);
    }

    private static Report analyze(String source) {
        return new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("files.charter", source));
    }
}
