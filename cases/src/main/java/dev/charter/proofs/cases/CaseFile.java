package dev.charter.proofs.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code *.charter-test} file: the constitution under test, default facts, and its
 * tests. The format reads like the constitution language, with requests and snapshots written
 * as JSON exactly as the CLI and API take them:
 *
 * <pre>
 * constitution "lending.charter"          // default: every .charter file beside the test file
 * facts "facts.json"                      // default snapshot for every test (or inline JSON)
 * request { "agent": "bot-7", "time": "2026-04-14T11:42:09Z" }   // merged under every request
 *
 * test "a large payment goes to senior ops" {
 *   request { "action": "initiate_payment", "request": { "amount": "15000.00" } }
 *   expect escalate to "senior_ops" by large_payment
 * }
 * </pre>
 *
 * {@code expect EFFECT [to "ROUTE"] [by RULE, ... | by default] [because "REASON"] [code CODE]}
 * states the decision; every part after the effect is optional. The constitution's assertions
 * are expected to be proved; a header line {@code expect assertion NAME refuted} says otherwise.
 *
 * @param name         the file's name as given, for messages
 * @param constitution the constitution's files relative to the test file; empty for "every
 *                     {@code .charter} file in the test file's directory"
 * @param facts        the file-wide snapshot; empty for the empty snapshot
 * @param assertionVerdicts the verdicts stated with {@code expect assertion}, by assertion name
 */
public record CaseFile(
        String name,
        List<String> constitution,
        Optional<FactsSource> facts,
        Map<String, String> assertionVerdicts,
        List<TestCase> tests) {

    public CaseFile {
        constitution = List.copyOf(constitution);
        assertionVerdicts = Map.copyOf(assertionVerdicts);
        tests = List.copyOf(tests);
    }

    /** What the file expects the solver to say about an assertion: {@code proved} unless it says otherwise. */
    public String expectedVerdict(String assertion) {
        return assertionVerdicts.getOrDefault(assertion, "proved");
    }

    /** Parses the text of a test file; {@code name} is used in error messages. */
    public static CaseFile parse(String name, String text) throws CaseFileException {
        return new CaseFileParser(name, text).file();
    }
}
