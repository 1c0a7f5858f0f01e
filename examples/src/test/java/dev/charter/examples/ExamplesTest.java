package dev.charter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.proofs.cases.AssertionOutcome;
import dev.charter.proofs.cases.CaseOutcome;
import dev.charter.proofs.cases.CaseRunner;
import dev.charter.proofs.cases.SuiteRun;
import dev.charter.runtime.diagnostics.Severity;
import dev.charter.solver.AnalysisOptions;
import dev.charter.solver.Analyzer;
import dev.charter.solver.Finding;
import dev.charter.solver.FindingKind;
import dev.charter.solver.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in this folder: its constitution checks clean (all but the deliberately flawed
 * one), each test of its {@code *.charter-test} files passes and each assertion gets the verdict
 * its test file expects, reported one by one.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of(".");
    private static final String FLAWED = "flawed";
    private static final CaseRunner RUNNER = CaseRunner.withAssertions(AnalysisOptions.defaults());

    @TestFactory
    Stream<DynamicNode> every_example_checks_clean_and_passes_its_tests() throws IOException {
        List<DynamicNode> examples = new ArrayList<>();
        for (Path directory : exampleDirectories()) {
            List<DynamicNode> nodes = new ArrayList<>();
            nodes.add(dynamicTest(
                    directory.getFileName().toString().equals(FLAWED) ? "shows every kind of finding" : "checks clean",
                    () -> assertChecksClean(directory)));
            try (Stream<Path> files = Files.list(directory)) {
                for (Path testFile : files.filter(p -> p.toString().endsWith(".charter-test"))
                        .sorted()
                        .toList()) {
                    SuiteRun run = RUNNER.run(testFile);
                    nodes.add(dynamicTest(
                            testFile.getFileName() + " runs",
                            () -> assertTrue(run.error().isEmpty(), run.error().orElse(""))));
                    for (CaseOutcome outcome : run.outcomes()) {
                        nodes.add(dynamicTest(outcome.test().name(), () -> assertPassed(outcome)));
                    }
                    for (AssertionOutcome assertion : run.assertions()) {
                        nodes.add(dynamicTest(
                                "assertion " + assertion.name() + " is " + assertion.expected(),
                                () -> assertEquals(assertion.expected(), assertion.verdict(), assertion.message())));
                    }
                }
            }
            examples.add(
                    DynamicContainer.dynamicContainer(directory.getFileName().toString(), nodes));
        }
        assertTrue(examples.size() >= 9, "expected the nine examples, found " + examples.size());
        return examples.stream();
    }

    private static List<Path> exampleDirectories() throws IOException {
        try (Stream<Path> entries = Files.list(EXAMPLES)) {
            return entries.filter(Files::isDirectory)
                    .filter(d -> hasFile(d, ".charter"))
                    .sorted()
                    .toList();
        }
    }

    private static void assertChecksClean(Path directory) throws IOException {
        List<SourceFile> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".charter"))
                    .sorted()
                    .toList()) {
                sources.add(new SourceFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        Compilation compilation = Compiler.compile(sources);
        assertTrue(compilation.program().isPresent(), compilation.diagnostics().toString());
        Report report = new Analyzer(AnalysisOptions.defaults())
                .analyze(compilation.program().get());
        if (directory.getFileName().toString().equals(FLAWED)) {
            Set<FindingKind> shown =
                    report.findings().stream().map(Finding::kind).collect(Collectors.toSet());
            for (FindingKind kind : FindingKind.values()) {
                if (kind != FindingKind.INCONCLUSIVE && kind != FindingKind.ASSERTION_PROVED) {
                    assertTrue(shown.contains(kind), "the flawed example shows no " + kind.code() + ": " + shown);
                }
            }
            return;
        }
        assertEquals(List.of(), compilation.diagnostics());
        List<Finding> problems = report.findings().stream()
                .filter(f -> f.severity() != Severity.INFO)
                .toList();
        assertEquals(
                List.of(),
                problems.stream().map(f -> f.kind().code() + ": " + f.message()).toList());
    }

    private static void assertPassed(CaseOutcome outcome) {
        assertTrue(
                outcome.passed(),
                () -> outcome.error().orElse("") + outcome.mismatches() + "\n"
                        + outcome.actual().map(a -> a.json()).orElse(""));
    }

    private static boolean hasFile(Path directory, String extension) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(p -> p.toString().endsWith(extension));
        } catch (IOException e) {
            return false;
        }
    }
}
