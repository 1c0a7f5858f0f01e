package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class TestCommandTest {

    private static final String WRONG = "src/test/resources/golden/test/wrong";

    @Test
    void a_wrong_expectation_fails_with_a_diff_and_the_trace() {
        Golden.assertRun("test/wrong.txt", "test", WRONG);
    }

    @Test
    void every_example_passes() {
        CliRun run = CliRun.of("test", "../examples");
        assertEquals(ExitStatus.OK, run.status(), run.out());
        assertTrue(
                run.out().matches("\\d+ passed, 0 failed\\Rassertions: \\d+ proved, \\d+ refuted, 0 inconclusive\\R"),
                run.out());
    }

    @Test
    void a_refuted_assertion_fails_with_its_counterexample_unless_the_file_expects_it(@TempDir Path dir)
            throws IOException {
        Files.copy(Path.of("../examples/flawed/expenses.charter"), dir.resolve("expenses.charter"));
        String tests = Files.readString(Path.of("../examples/flawed/expenses.charter-test"));
        Path expecting = Files.writeString(dir.resolve("expecting.charter-test"), tests);
        assertEquals(ExitStatus.OK, CliRun.of("test", expecting.toString()).status());

        Files.delete(expecting);
        Path test = Files.writeString(
                dir.resolve("flawed.charter-test"),
                tests.replace("expect assertion huge_expenses_never_permitted refuted\n", ""));
        CliRun run = CliRun.of("test", test.toString());
        assertEquals(ExitStatus.FAILED, run.status(), run.out());
        assertTrue(
                run.out()
                        .contains("FAIL " + test + " assertion huge_expenses_never_permitted\n"
                                + "    expected: proved\n    actual:   refuted\n"),
                run.out());
        assertTrue(run.out().contains("counterexample:"), run.out());
        assertTrue(run.out().contains("\"manager_approved\" : true"), run.out());
        assertTrue(
                run.out()
                        .endsWith(
                                "4 passed, 0 failed\nassertions: 0 proved, 1 refuted, 0 inconclusive; 1 not as expected\n"),
                run.out());
    }

    @Test
    void coverage_lists_the_rules_no_test_made_decide() {
        Golden.assertRun("test/coverage.txt", "test", "--coverage", WRONG);
    }

    @Test
    void junit_xml_carries_the_assertions_and_the_coverage(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("results.xml");
        CliRun.of("test", "--junit-xml", xml.toString(), WRONG + "/wrong.charter-test");
        Golden.assertText("test/wrong.xml", Files.readString(xml).replaceAll("time=\"[0-9.]+\"", "time=\"<T>\""));
    }

    @Test
    void no_assertions_skips_the_solver() {
        CliRun run = CliRun.of("test", "--no-assertions", "../examples/fintech");
        assertEquals(ExitStatus.OK, run.status(), run.out());
        assertEquals("11 passed, 0 failed\n", run.out());
    }

    @Test
    void junit_xml_is_written_and_parses(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("results.xml");
        CliRun run = CliRun.of("test", "--junit-xml", xml.toString(), WRONG + "/wrong.charter-test");
        assertEquals(ExitStatus.FAILED, run.status());
        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertEquals("3", document.getDocumentElement().getAttribute("tests"), "two tests and the assertion");
        assertEquals("1", document.getDocumentElement().getAttribute("failures"));
    }

    @Test
    void a_path_without_tests_is_a_usage_error(@TempDir Path dir) {
        CliRun run = CliRun.of("test", dir.toString());
        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("no *.charter-test files"), run.err());
    }

    @Test
    void a_malformed_test_file_is_one_failure_that_names_the_place(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lending.charter"), "action a {}\nrule r: permit a;\ndefault deny;\n");
        Path test = Files.writeString(
                dir.resolve("bad.charter-test"), "test \"t\" {\n  request { }\n  expect perhaps\n}\n");
        CliRun run = CliRun.of("test", test.toString());
        assertEquals(ExitStatus.FAILED, run.status());
        assertTrue(run.out().contains(test + ":3:10: expected permit, deny or escalate, found `perhaps`"), run.out());
        assertTrue(run.out().endsWith("0 passed, 1 failed\n"), run.out());
    }

    @Test
    void a_constitution_that_does_not_compile_fails_every_file_that_uses_it(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.charter"), "rule r: permit nothing;\n");
        Path test = Files.writeString(dir.resolve("t.charter-test"), "test \"t\" { request { } expect deny }\n");
        CliRun run = CliRun.of("test", test.toString());
        assertEquals(ExitStatus.FAILED, run.status());
        assertTrue(run.out().contains("the constitution does not compile"), run.out());
        assertTrue(run.out().contains("broken.charter:1:"), run.out());
    }
}
