package dev.charter.proofs.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.proofs.cases.CaseFile;
import dev.charter.proofs.cases.CaseRunner;
import dev.charter.proofs.cases.SuiteRun;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.AnalysisOptions;
import dev.charter.solver.Analyzer;
import dev.charter.solver.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitnessTestsTest {

    private static final Path FLAWED = Path.of("..", "examples", "flawed", "expenses.charter");
    private static final Path REFUNDS_HISTORY = Path.of("..", "examples", "refunds-history", "refunds.charter");
    private static final Path BUDGET_EDGE = Path.of(
            "..", "solver", "src", "test", "resources", "corpus", "coverage-hole", "refund-budget-edge.charter");

    @Test
    void everyWitnessOfTheFlawedExampleBecomesAPassingTestCase(@TempDir Path dir) throws Exception {
        Program program = Compiler.compile(List.of(new SourceFile("expenses.charter", Files.readString(FLAWED))))
                .program()
                .orElseThrow();
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        long witnessed = report.findings().stream()
                .filter(f -> f.witnessRequest().isPresent())
                .count();
        assertTrue(witnessed > 0, "the flawed example has findings with witnesses");

        Path file = WitnessTests.emit(program, report, List.of(FLAWED), dir.resolve("regressions"))
                .orElseThrow();

        CaseFile parsed = CaseFile.parse(file.toString(), Files.readString(file));
        assertEquals(witnessed, parsed.tests().size());
        SuiteRun run = CaseRunner.decisionsOnly().run(file);
        assertTrue(run.error().isEmpty(), () -> run.error().get());
        assertEquals(witnessed, run.passed(), () -> run.outcomes().toString());
        assertEquals(0, run.failed());
    }

    @Test
    void aWitnessOverAHistoryBecomesATestWithItsEarlierRequestsThatPasses(@TempDir Path dir) throws Exception {
        Path constitution = dir.resolve("refund-budget-edge.charter");
        Files.copy(BUDGET_EDGE, constitution);
        Program program = Compiler.compile(
                        List.of(new SourceFile(constitution.toString(), Files.readString(constitution))))
                .program()
                .orElseThrow();
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);

        Path file =
                WitnessTests.emit(program, report, List.of(constitution), dir).orElseThrow();

        String text = Files.readString(file);
        assertTrue(text.contains("  earlier {\n    5 times request {"), text);
        assertTrue(text.contains("expect count(permitted refund, same agent, within 1 hour) = 5"), text);
        SuiteRun run = CaseRunner.decisionsOnly().run(file);
        assertTrue(run.error().isEmpty(), () -> run.error().get());
        assertEquals(0, run.failed(), () -> run.outcomes().toString());
        assertTrue(run.passed() > 0);
    }

    @Test
    void theRefundsHistoryExampleWitnessesBecomeTestsWithEarlierRefundsThatPass(@TempDir Path dir) throws Exception {
        Path constitution = dir.resolve("refunds.charter");
        Files.copy(REFUNDS_HISTORY, constitution);
        Program program = Compiler.compile(
                        List.of(new SourceFile(constitution.toString(), Files.readString(constitution))))
                .program()
                .orElseThrow();
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        long witnessed = report.findings().stream()
                .filter(f -> f.witnessRequest().isPresent())
                .count();

        Path file =
                WitnessTests.emit(program, report, List.of(constitution), dir).orElseThrow();

        String text = Files.readString(file);
        assertTrue(text.contains("expect count(permitted support.issue_refund, same agent, within 1 hour) = 5"), text);
        assertTrue(!text.contains("history not realized"), text);
        SuiteRun run = CaseRunner.decisionsOnly().run(file);
        assertTrue(run.error().isEmpty(), () -> run.error().get());
        assertEquals(witnessed, run.passed(), () -> run.outcomes().toString());
        assertEquals(0, run.failed());
    }

    @Test
    void aConstitutionWithoutWitnessesWritesNothing(@TempDir Path dir) throws Exception {
        String clean = "constitution \"c\" version 1 { reviewed_by \"x\" reviewed_on 2026-01-01 timezone \"UTC\" }\n"
                + "action ping {}\nrule ok: permit ping;\ndefault deny;\n";
        List<SourceFile> sources = List.of(new SourceFile("c.charter", clean));
        assertTrue(Compiler.compile(sources).program().isPresent(), "the clean constitution compiles");
        Optional<Path> written = WitnessTests.emit(sources, List.of(dir.resolve("c.charter")), dir);
        assertTrue(written.isEmpty());
        try (var entries = Files.list(dir)) {
            assertEquals(0, entries.count());
        }
    }
}
