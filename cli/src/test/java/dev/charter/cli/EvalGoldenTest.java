package dev.charter.cli;

import org.junit.jupiter.api.Test;

/** {@code charter eval} output against golden files. */
class EvalGoldenTest {

    private static final String LENDING = "../examples/fintech/lending.charter";
    private static final String FACTS = "../examples/fintech/facts.json";
    private static final String CASES = "src/test/resources/golden/eval/";

    @Test
    void one_request_prints_the_decision_with_its_trace() {
        Golden.assertRun(
                "eval/large-payment.txt", "eval", LENDING, "--facts", FACTS, "--request", CASES + "large-payment.json");
        Golden.assertRun(
                "eval/large-payment-pretty.txt",
                "eval",
                LENDING,
                "--facts",
                FACTS,
                "--pretty",
                "--request",
                CASES + "large-payment.json");
    }

    @Test
    void explain_evaluates_every_rule_and_lists_every_match() {
        Golden.assertRun(
                "eval/large-payment-explained.txt",
                "eval",
                LENDING,
                "--facts",
                FACTS,
                "--explain",
                "--request",
                CASES + "large-payment.json");
    }

    @Test
    void explain_says_why_each_rule_did_or_did_not_decide() {
        String[] common = {
            "eval",
            CASES + "why-not.charter",
            "--facts",
            CASES + "why-not-facts.json",
            "--explain",
            "--requests",
            CASES + "why-not.jsonl"
        };
        Golden.assertRun("eval/why-not.txt", common);
        Golden.assertRun("eval/why-not-human.txt", concat(common, "--format", "human"));
        Golden.assertRun(
                "eval/why-not-human-unexplained.txt",
                "eval",
                CASES + "why-not.charter",
                "--facts",
                CASES + "why-not-facts.json",
                "--format",
                "human",
                "--requests",
                CASES + "why-not.jsonl");
    }

    private static String[] concat(String[] first, String... rest) {
        String[] out = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, out, first.length, rest.length);
        return out;
    }

    @Test
    void overlapping_rules_are_summarised_unless_explained() {
        Golden.assertRun(
                "eval/overlap-summary.txt", "eval", CASES + "overlap.charter", "--requests", CASES + "overlap.jsonl");
        Golden.assertRun(
                "eval/overlap-explained.txt",
                "eval",
                CASES + "overlap.charter",
                "--explain",
                "--requests",
                CASES + "overlap.jsonl");
    }

    @Test
    void a_request_file_prints_one_decision_per_line_and_denies_malformed_lines() {
        Golden.assertRun("eval/mixed.txt", "eval", LENDING, "--facts", FACTS, "--requests", CASES + "mixed.jsonl");
    }

    @Test
    void a_constitution_with_errors_is_reported_not_evaluated() {
        Golden.assertRun(
                "eval/does-not-compile.txt",
                "eval",
                "src/test/resources/golden/check/four-errors.charter",
                "--request",
                CASES + "large-payment.json");
    }

    @Test
    void facts_that_do_not_fit_the_constitution_are_an_input_problem() {
        Golden.assertRun(
                "eval/bad-facts.txt",
                "eval",
                LENDING,
                "--facts",
                CASES + "mixed.jsonl",
                "--request",
                CASES + "large-payment.json");
    }

    @Test
    void request_and_requests_exclude_each_other() {
        Golden.assertRun(
                "eval/both-request-options.txt",
                "eval",
                LENDING,
                "--request",
                CASES + "large-payment.json",
                "--requests",
                CASES + "mixed.jsonl");
    }
}
