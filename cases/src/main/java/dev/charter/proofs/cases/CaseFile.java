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
 * states the decision; every part after the effect is optional.
 *
 * <p>A test of a constitution that reads history says what happened before in an
 * {@code earlier} block: its requests are decided in order into a scratch ledger, each at its
 * {@code time}, before the test's own request; {@code expect count(...) = N} (or {@code sum},
 * {@code exists}) checks an aggregate the decision's trace shows:
 *
 * <pre>
 * test "the sixth refund within the hour is refused" {
 *   earlier {
 *     5 times request { "action": "refund", "time": "2026-12-04T09:00:00Z" } expect permit
 *     request { "action": "refund", "request": { "amount": "900" } } approved at "2026-12-04T09:20:00Z"
 *   }
 *   request { "action": "refund" }
 *   expect deny by refunds_per_agent
 *   expect count(permitted refund, same agent, within 1 hour) = 5
 * }
 * </pre>
 *
 * Each entry is {@code [N times] request {...} [expect ...] [approved|denied at "TIME"]}
 * ({@link EarlierRequest}); docs/testing.md, "Cases with a history", has the rules. The constitution's assertions
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
