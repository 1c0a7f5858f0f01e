package dev.charter.cli;

import dev.charter.proofs.cases.CaseRunner;
import dev.charter.proofs.cases.SuiteRun;
import dev.charter.solver.AnalysisOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter test PATH...}: runs {@code *.charter-test} files (directories are searched
 * recursively) and has the solver prove each tested constitution's assertions; prints each
 * failure with a diff and the decision's trace (or the assertion's counterexample), then
 * {@code N passed, N failed} for the tests and the count of each verdict on the assertions;
 * {@code --coverage} adds the rules of each constitution that no test made decide. Exit 1 when
 * anything failed; 2 when a test's facts file cannot be read or does not fit the constitution
 * (named with what is wrong, as every command reports a facts file), since then the test was not
 * run.
 */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = "Run the *.charter-test files in the given files or directories.")
final class TestCommand implements Callable<Integer> {

    static final String EXTENSION = ".charter-test";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--junit-xml",
            paramLabel = "FILE",
            description = "Also write the results as JUnit XML (Surefire's format).")
    private Path junitXml;

    @Option(
            names = "--coverage",
            description = "Also print, for each constitution tested, the rules no test made decide.")
    private boolean coverage;

    @Option(
            names = "--no-assertions",
            description = "Only decide the tests' requests; do not prove the constitutions' assertions.")
    private boolean noAssertions;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Test files, or directories to search for *" + EXTENSION + " files.")
    private List<Path> paths;

    @Override
    public Integer call() {
        CaseRunner runner =
                noAssertions ? CaseRunner.decisionsOnly() : CaseRunner.withAssertions(AnalysisOptions.defaults());
        List<SuiteRun> runs = testFiles(paths).stream().map(runner::run).toList();
        TestReport.print(runs, coverage, spec.commandLine().getOut());
        if (junitXml != null) {
            try {
                Files.writeString(junitXml, JunitXml.of(runs), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputProblem(junitXml + ": cannot be written (" + e.getMessage() + ")");
            }
        }
        boolean factsUnusable = runs.stream()
                .flatMap(run -> run.outcomes().stream())
                .anyMatch(o -> o.error().isPresent());
        if (factsUnusable) {
            return ExitStatus.USAGE;
        }
        boolean allPassed = runs.stream().allMatch(run -> run.failed() == 0);
        return allPassed ? ExitStatus.OK : ExitStatus.FAILED;
    }

    static List<Path> testFiles(List<Path> paths) {
        List<Path> found = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> tree = Files.walk(path)) {
                    tree.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                            .sorted()
                            .forEach(found::add);
                } catch (IOException e) {
                    throw new InputProblem(path + ": cannot be searched (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(path)) {
                found.add(path);
            } else {
                throw new InputProblem(path + ": no such file or directory");
            }
        }
        if (found.isEmpty()) {
            throw new InputProblem("no *" + EXTENSION + " files in "
                    + paths.stream().map(Path::toString).toList());
        }
        return found;
    }
}
