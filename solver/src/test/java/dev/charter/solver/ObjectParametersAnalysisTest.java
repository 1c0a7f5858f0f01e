package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyses over object parameters: fields are attributes, optional objects have a presence, witnesses nest. */
class ObjectParametersAnalysisTest {

    private static final String SCHEMA = """
            constitution "shop" version 1 { timezone "UTC" }
            action ship { address: { city: string, zip?: int }, gift?: { note: string, wrap?: bool } }
            """;

    @Test
    void aWitnessIsANestedRequest() {
        Report report = analyze(SCHEMA + """
                rule paris: permit ship when request.address.city == "Paris";
                rule wrapped: escalate ship to "desk" when request.gift.wrap != null and request.gift.wrap;
                default deny;
                """);
        List<Finding> conflicts = report.ofKind(FindingKind.CONFLICT);
        assertEquals(1, conflicts.size(), () -> "findings: " + report.findings());
        JsonNode request = conflicts.get(0).witness().request().get("request");
        assertEquals("Paris", request.get("address").get("city").asText(), request::toString);
        assertFalse(request.get("address").has("zip"), request::toString);
        assertTrue(request.get("gift").get("wrap").asBoolean(), request::toString);
        assertTrue(request.get("gift").has("note"), request::toString);
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }

    @Test
    void anOptionalObjectWithOnlyOptionalFieldsIsWrittenEmpty() {
        Report report = analyze("""
                constitution "shop" version 1 { timezone "UTC" }
                action ship { order: string, meta?: { tag?: string } }
                rule anyone: permit ship priority 1;
                rule tagged: deny ship when request.meta != null;
                default deny;
                """);
        List<Finding> overrides = report.ofKind(FindingKind.OVERRIDDEN_DENY);
        assertEquals(1, overrides.size(), () -> "findings: " + report.findings());
        JsonNode request = overrides.get(0).witness().request().get("request");
        assertTrue(request.get("meta").isObject() && request.get("meta").isEmpty(), request::toString);
    }

    @Test
    void noFieldOfAnAbsentObjectIsPresent() {
        Report report = analyze(SCHEMA + """
                rule anyone: permit ship;
                assert wrap_needs_gift: request.gift == null => request.gift.wrap == null;
                assert gift_has_note: request.gift != null => request.gift.note != "" or decision == permit;
                """);
        assertEquals(2, report.ofKind(FindingKind.ASSERTION_PROVED).size(), () -> "findings: " + report.findings());
    }

    @Test
    void aRefutedAssertionsWitnessLeavesTheObjectOut() {
        Report report = analyze(SCHEMA + """
                rule anyone: permit ship;
                assert gift_needed: request.gift == null => decision != permit;
                """);
        List<Finding> refuted = report.ofKind(FindingKind.ASSERTION_REFUTED);
        assertEquals(1, refuted.size(), () -> "findings: " + report.findings());
        assertFalse(refuted.get(0).witness().request().get("request").has("gift"));
    }

    private static Report analyze(String source) {
        return new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("shop.charter", source));
    }
}
