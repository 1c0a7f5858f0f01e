package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyses over optional parameters: witnesses leave out what they do not need, and the runtime confirms them. */
class OptionalParametersAnalysisTest {

    private static final String SCHEMA = """
            constitution "mail" version 1 { timezone "UTC" }
            action send_email { to: string, cc?: string, priority?: int }
            """;

    @Test
    void aWitnessLeavesOutAnOptionalParameterItDoesNotNeed() {
        Report report = analyze(SCHEMA + """
                rule internal: permit send_email when request.to == "a@corp.com";
                rule urgent: escalate send_email to "desk" when request.priority != null and request.priority > 5;
                default deny;
                """);
        List<Finding> conflicts = report.ofKind(FindingKind.CONFLICT);
        assertEquals(1, conflicts.size(), () -> "findings: " + report.findings());
        JsonNode request = conflicts.get(0).witness().request().get("request");
        assertFalse(request.has("cc"), request::toString);
        assertTrue(request.get("priority").asLong() > 5, request::toString);
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }

    @Test
    void aRuleForTheAbsentCaseCanBeShadowedByOneForEveryCase() {
        Report report = analyze(SCHEMA + """
                rule anyone: permit send_email priority 5;
                rule no_cc: deny send_email when request.cc == null;
                default deny;
                """);
        List<Finding> unreachable = report.ofKind(FindingKind.UNREACHABLE_RULE);
        assertEquals(1, unreachable.size(), () -> "findings: " + report.findings());
        assertTrue(unreachable.get(0).message().contains("no_cc"), unreachable.get(0)::message);
    }

    @Test
    void anAssertionOverAnOptionalParameterIsProvedUnderItsPresenceTest() {
        Report report = analyze(SCHEMA + """
                rule corp_cc: permit send_email when request.cc != null and request.cc ends_with "@corp.com";
                default deny;
                assert only_corp: request.cc != null and not (request.cc ends_with "@corp.com") => decision != permit;
                assert absent_is_denied: request.cc == null => decision == deny;
                """);
        assertEquals(2, report.ofKind(FindingKind.ASSERTION_PROVED).size(), () -> "findings: " + report.findings());
        assertTrue(report.ofKind(FindingKind.ASSERTION_REFUTED).isEmpty(), () -> "findings: " + report.findings());
    }

    @Test
    void aRefutedAssertionsWitnessIsARequestWithTheParameterLeftOut() {
        Report report = analyze(SCHEMA + """
                rule anyone: permit send_email;
                assert cc_needed: request.cc == null => decision != permit;
                """);
        List<Finding> refuted = report.ofKind(FindingKind.ASSERTION_REFUTED);
        assertEquals(1, refuted.size(), () -> "findings: " + report.findings());
        assertFalse(refuted.get(0).witness().request().get("request").has("cc"));
    }

    private static Report analyze(String source) {
        return new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("mail.charter", source));
    }
}
