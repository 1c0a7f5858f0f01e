package dev.charter.cli;

import org.junit.jupiter.api.Test;

/** {@code charter check} output, human and JSON, against golden files. */
class CheckGoldenTest {

    private static final String CASES = "src/test/resources/golden/check/";
    private static final String LENDING = "../examples/fintech/lending.charter";

    @Test
    void a_clean_constitution() {
        Golden.assertRun("check/clean.txt", "check", LENDING);
        Golden.assertRun("check/clean.json.txt", "check", "--format", "json", LENDING);
    }

    @Test
    void syntax_errors() {
        Golden.assertRun("check/syntax-errors.txt", "check", CASES + "syntax-errors.charter");
        Golden.assertRun("check/syntax-errors.json.txt", "check", "--format", "json", CASES + "syntax-errors.charter");
    }

    @Test
    void four_independent_errors_in_one_run() {
        Golden.assertRun("check/four-errors.txt", "check", CASES + "four-errors.charter");
        Golden.assertRun("check/four-errors.json.txt", "check", "--format=json", CASES + "four-errors.charter");
    }

    @Test
    void several_files_and_one_missing() {
        Golden.assertRun("check/missing-file.txt", "check", LENDING, CASES + "absent.charter");
        Golden.assertRun("check/missing-file.json.txt", "check", "--format", "json", CASES + "absent.charter");
    }

    @Test
    void a_threshold_at_half_past_nine_left_to_the_default_is_a_coverage_hole_at_0930_new_york_time() {
        Golden.assertRun("check/opening-bell.txt", "check", CASES + "opening-bell.charter");
        Golden.assertRun("check/opening-bell.json.txt", "check", "--format", "json", CASES + "opening-bell.charter");
    }

    @Test
    void a_count_left_to_the_default_at_five_shows_the_five_earlier_refunds_that_produce_it() {
        Golden.assertRun("check/refund-budget-edge.txt", "check", CASES + "refund-budget-edge.charter");
        Golden.assertRun(
                "check/refund-budget-edge.json.txt", "check", "--format", "json", CASES + "refund-budget-edge.charter");
    }

    @Test
    void a_history_no_earlier_requests_produce_is_flagged_as_confirmed_over_the_aggregate_values_only() {
        Golden.assertRun("check/unrealizable-history.txt", "check", CASES + "unrealizable-history.charter");
    }

    @Test
    void an_unknown_format_is_a_usage_error() {
        Golden.assertRun("check/unknown-format.txt", "check", "--format", "xml", LENDING);
    }
}
