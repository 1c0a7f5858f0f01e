package dev.charter.proofs.cases;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.InvalidFactsException;
import dev.charter.runtime.datalog.BudgetExceededException;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.AnalysisOptions;
import dev.charter.solver.Analyzer;
import dev.charter.solver.Finding;
import dev.charter.solver.FindingKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@code *.charter-test} files: compiles the constitution each names, attaches each test's
 * facts to an engine for the compiled program, decides its request and compares the decision
 * with the expectation. The first time a run meets a constitution it also has the solver prove
 * or refute the constitution's assertions. Problems with the files (unreadable, malformed, a
 * constitution that does not compile) are results, never exceptions.
 *
 * <p>One runner serves one run; it remembers which constitutions it has analysed.
 */
public final class CaseRunner {

    private final Optional<Analyzer> analyzer;
    private final Set<List<Path>> analysed = new HashSet<>();

    private CaseRunner(Optional<Analyzer> analyzer) {
        this.analyzer = analyzer;
    }

    /** A runner that decides the tests' requests and proves each constitution's assertions. */
    public static CaseRunner withAssertions(AnalysisOptions options) {
        return new CaseRunner(Optional.of(new Analyzer(options)));
    }

    /** A runner that only decides the tests' requests. */
    public static CaseRunner decisionsOnly() {
        return new CaseRunner(Optional.empty());
    }

    /** Runs one test file; the files it names are resolved against its directory. */
    public SuiteRun run(Path testFile) {
        String name = testFile.toString();
        CaseFile file;
        try {
            file = CaseFile.parse(name, Files.readString(testFile, StandardCharsets.UTF_8));
        } catch (CaseFileException e) {
            return SuiteRun.broken(name, e.getMessage());
        } catch (IOException e) {
            return SuiteRun.broken(name, name + ": cannot be read (" + describe(e) + ")");
        }
        Path directory = testFile.toAbsolutePath().getParent();
        try {
            List<Path> constitution = constitutionFiles(directory, file);
            Program program = compile(directory, file, constitution);
            List<AssertionOutcome> assertions = analysed.add(constitution) ? assertions(file, program) : List.of();
            Engine engine = Engine.forProgram(program);
            Optional<FactsSource> attached = Optional.empty();
            boolean attachedCleanly = false;
            List<CaseOutcome> outcomes = new ArrayList<>();
            for (TestCase test : file.tests()) {
                Optional<FactsSource> facts = test.facts().or(file::facts);
                long start = System.nanoTime();
                if (!attachedCleanly || !facts.equals(attached)) {
                    Optional<String> problem = attach(engine, program, directory, facts);
                    attached = facts;
                    attachedCleanly = problem.isEmpty();
                    if (problem.isPresent()) {
                        outcomes.add(new CaseOutcome(
                                name,
                                test,
                                Optional.empty(),
                                List.of(),
                                problem,
                                Duration.ofNanos(System.nanoTime() - start)));
                        continue;
                    }
                }
                outcomes.add(decide(name, engine, test, start));
            }
            return new SuiteRun(
                    name,
                    Optional.of(tested(testFile, directory, constitution, program)),
                    outcomes,
                    assertions,
                    Optional.empty());
        } catch (SuiteProblem e) {
            return SuiteRun.broken(name, e.getMessage());
        }
    }

    private static CaseOutcome decide(String name, Engine engine, TestCase test, long start) {
        Decision decision = engine.explainJson(test.requestJson());
        ActualDecision actual = new ActualDecision(
                decision.effect(),
                Optional.ofNullable(decision.route()),
                decision.rules(),
                Optional.ofNullable(decision.reason()),
                decision.reasonCode().keyword(),
                decision.toJson());
        return new CaseOutcome(
                name,
                test,
                Optional.of(actual),
                test.expectation().mismatches(actual),
                Optional.empty(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static Optional<String> attach(
            Engine engine, Program program, Path directory, Optional<FactsSource> facts) {
        try {
            engine.attach(snapshot(program, directory, facts));
            return Optional.empty();
        } catch (SuiteProblem | InvalidFactsException e) {
            return Optional.of(e.getMessage());
        } catch (BudgetExceededException e) {
            return Optional.of("the facts were refused: " + e.getMessage());
        }
    }

    /** The test's facts, read as every tool reads a facts file: parsed and typed against the program. */
    private static FactSnapshot snapshot(Program program, Path directory, Optional<FactsSource> facts) {
        if (facts.isEmpty()) {
            return FactSnapshot.empty();
        }
        if (facts.get() instanceof FactsSource.Inline) {
            return FactSnapshot.parse(
                    "the test's facts",
                    ((FactsSource.Inline) facts.get()).snapshot().toString().getBytes(StandardCharsets.UTF_8),
                    List.of(program));
        }
        String path = ((FactsSource.File) facts.get()).path();
        try {
            return FactSnapshot.parse(path, Files.readAllBytes(directory.resolve(path)), List.of(program));
        } catch (IOException e) {
            throw new SuiteProblem(path + ": cannot be read (" + describe(e) + ")");
        }
    }

    /** The solver's verdict on every assertion, against what the file expects. */
    private List<AssertionOutcome> assertions(CaseFile file, Program program) {
        if (analyzer.isEmpty() || program.assertions().isEmpty()) {
            return List.of();
        }
        List<Finding> findings;
        try {
            findings = analyzer.get().analyze(program).findings();
        } catch (RuntimeException | LinkageError e) {
            return program.assertions().stream()
                    .map(a -> new AssertionOutcome(
                            a.name(),
                            file.expectedVerdict(a.name()),
                            "inconclusive",
                            "the solver could not run (" + e + ")",
                            Optional.empty()))
                    .toList();
        }
        List<AssertionOutcome> outcomes = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.assertion() == null) {
                continue;
            }
            String verdict = finding.kind() == FindingKind.ASSERTION_PROVED
                    ? "proved"
                    : finding.kind() == FindingKind.ASSERTION_REFUTED ? "refuted" : "inconclusive";
            outcomes.add(new AssertionOutcome(
                    finding.assertion(),
                    file.expectedVerdict(finding.assertion()),
                    verdict,
                    finding.message(),
                    finding.witnessRequest().map(w -> w.request().toString())));
        }
        return outcomes;
    }

    /** The constitution as this run names it: the test file's directory as given, joined with each file. */
    private static TestedConstitution tested(Path testFile, Path directory, List<Path> constitution, Program program) {
        Path given = testFile.getParent() == null ? Path.of("") : testFile.getParent();
        String name = constitution.stream()
                .map(p -> given.resolve(directory.relativize(p)).normalize().toString())
                .collect(Collectors.joining(", "));
        return new TestedConstitution(
                name,
                program.rules().stream().map(DecisionRule::name).distinct().toList());
    }

    private static Program compile(Path directory, CaseFile file, List<Path> constitution) {
        List<SourceFile> sources = new ArrayList<>();
        for (Path path : constitution) {
            String shown = file.constitution().isEmpty()
                    ? path.getFileName().toString()
                    : directory.relativize(path).toString();
            try {
                sources.add(new SourceFile(shown, Files.readString(path, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new SuiteProblem(shown + ": cannot be read (" + describe(e) + ")");
            }
        }
        Compilation compilation = Compiler.compile(sources);
        if (compilation.program().isEmpty()) {
            throw new SuiteProblem("the constitution does not compile:\n"
                    + compilation.diagnostics().stream()
                            .filter(Diagnostic::isError)
                            .map(d -> d.span() + ": " + d.severity().keyword() + "["
                                    + d.code().code() + "]: " + d.message())
                            .collect(Collectors.joining("\n")));
        }
        return compilation.program().get();
    }

    private static List<Path> constitutionFiles(Path directory, CaseFile file) {
        if (!file.constitution().isEmpty()) {
            return file.constitution().stream()
                    .map(p -> directory.resolve(p).normalize())
                    .toList();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> found = entries.filter(p -> p.getFileName().toString().endsWith(".charter"))
                    .sorted()
                    .toList();
            if (found.isEmpty()) {
                throw new SuiteProblem(
                        "no constitution: name one with `constitution \"FILE.charter\"` or put the .charter files beside the test file");
            }
            return found;
        } catch (IOException e) {
            throw new SuiteProblem(directory + ": cannot be listed (" + describe(e) + ")");
        }
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : e.getMessage();
    }

    /** Why a whole test file, or one test's facts, cannot run; caught within this class. */
    private static final class SuiteProblem extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SuiteProblem(String message) {
            super(message, null, false, false);
        }
    }
}
