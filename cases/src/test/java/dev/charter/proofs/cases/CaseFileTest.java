package dev.charter.proofs.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.Effect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseFileTest {

    private static final String LENDING = String.join(
            "\n",
            "// tests of the lending constitution",
            "constitution \"lending.charter\", \"extra.charter\"",
            "facts \"facts.json\"",
            "request { \"agent\": \"bot-7\", \"context\": { \"identity_verified\": true, \"market_halted\": false } }",
            "",
            "test \"large payments go to senior ops\" {",
            "  request {",
            "    \"action\": \"initiate_payment\",",
            "    \"request\": { \"amount\": \"15000.00\", \"destination\": \"x\" },",
            "    \"context\": { \"market_halted\": true }",
            "  }",
            "  expect escalate to \"senior_ops\" by large_payment because \"needs review\"",
            "}",
            "",
            "test \"nobody's payment\" {",
            "  facts { \"relations\": { \"role\": [] } }",
            "  request { \"agent\": \"stranger\", \"action\": \"initiate_payment\" }",
            "  expect deny by default",
            "}",
            "",
            "test \"two rules agree\" { request { \"action\": \"x\" } expect deny by a, b code rule }",
            "");

    @Test
    void reads_header_tests_and_expectations() throws CaseFileException {
        CaseFile file = CaseFile.parse("lending.charter-test", LENDING);
        assertEquals(List.of("lending.charter", "extra.charter"), file.constitution());
        assertEquals(Optional.of(new FactsSource.File("facts.json")), file.facts());
        assertEquals(3, file.tests().size());

        TestCase large = file.tests().get(0);
        assertEquals("large payments go to senior ops", large.name());
        assertEquals(6, large.line());
        assertEquals(
                new Expectation(
                        Effect.ESCALATE,
                        Optional.of("senior_ops"),
                        List.of("large_payment"),
                        Optional.of("needs review"),
                        Optional.empty()),
                large.expectation());
        assertEquals(Optional.empty(), large.facts());

        TestCase nobody = file.tests().get(1);
        assertEquals(
                new Expectation(Effect.DENY, Optional.empty(), List.of(), Optional.empty(), Optional.of("default")),
                nobody.expectation());
        assertTrue(nobody.facts().orElseThrow() instanceof FactsSource.Inline);

        assertEquals(List.of("a", "b"), file.tests().get(2).expectation().rules());
        assertEquals(Optional.of("rule"), file.tests().get(2).expectation().reasonCode());
    }

    @Test
    void a_test_request_is_merged_field_by_field_over_the_file_defaults() throws CaseFileException {
        TestCase large = CaseFile.parse("t", LENDING).tests().get(0);
        assertEquals(
                "{\"agent\":\"bot-7\",\"context\":{\"identity_verified\":true,\"market_halted\":true},"
                        + "\"action\":\"initiate_payment\",\"request\":{\"amount\":\"15000.00\",\"destination\":\"x\"}}",
                large.requestJson());
        TestCase nobody = CaseFile.parse("t", LENDING).tests().get(1);
        assertEquals("stranger", nobody.request().get("agent").textValue());
    }

    @Test
    void an_expectation_prints_as_it_is_written() throws CaseFileException {
        assertEquals(
                "escalate to \"senior_ops\" by large_payment because \"needs review\"",
                CaseFile.parse("t", LENDING).tests().get(0).expectation().toString());
    }

    @Test
    void malformed_json_is_reported_at_its_line_and_column_in_the_test_file() {
        String text = "test \"t\" {\n  request { \"action\": \"a\",\n    \"agent\" \"b\" }\n  expect deny\n}\n";
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.parse("f.charter-test", text));
        assertTrue(e.getMessage().startsWith("f.charter-test:3:13: malformed JSON in the request"), e.getMessage());
    }

    @Test
    void a_test_without_expect_names_the_test() {
        CaseFileException e =
                assertThrows(CaseFileException.class, () -> CaseFile.parse("f", "\n  test \"lonely\" { request {} }"));
        assertEquals("f:2:8: test \"lonely\" has no `expect` line", e.getMessage());
    }

    @Test
    void an_unknown_effect_is_rejected_where_it_stands() {
        CaseFileException e = assertThrows(
                CaseFileException.class, () -> CaseFile.parse("f", "test \"t\" { request {} expect allow }"));
        assertEquals("f:1:30: expected permit, deny or escalate, found `allow`", e.getMessage());
    }

    @Test
    void a_route_on_anything_but_escalate_is_rejected() {
        assertThrows(
                CaseFileException.class, () -> CaseFile.parse("f", "test \"t\" { request {} expect deny to \"ops\" }"));
    }

    @Test
    void duplicate_test_names_are_rejected() {
        CaseFileException e = assertThrows(
                CaseFileException.class,
                () -> CaseFile.parse(
                        "f", "test \"t\" { request {} expect deny }\ntest \"t\" { request {} expect deny }"));
        assertEquals("f:2:1: a second test named \"t\"; test names must be unique", e.getMessage());
    }

    @Test
    void headers_after_the_first_test_are_rejected() {
        CaseFileException e = assertThrows(
                CaseFileException.class,
                () -> CaseFile.parse("f", "test \"t\" { request {} expect deny }\nfacts \"late.json\""));
        assertEquals("f:2:1: `facts` must come before the first test", e.getMessage());
    }

    @Test
    void a_file_without_tests_is_rejected() {
        CaseFileException e = assertThrows(
                CaseFileException.class, () -> CaseFile.parse("f", "// nothing\nconstitution \"a.charter\"\n"));
        assertTrue(e.getMessage().startsWith("f:3:1: no tests"), e.getMessage());
    }
}
