package dev.charter.proofs.junit;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.proofs.agreement.AgreementReport;
import dev.charter.proofs.agreement.AgreementRun;
import dev.charter.proofs.cases.CaseOutcome;
import dev.charter.proofs.cases.CaseRunner;
import dev.charter.proofs.cases.SuiteRun;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.AnalysisOptions;
import dev.charter.solver.Analyzer;
import dev.charter.solver.Finding;
import dev.charter.solver.FindingKind;
import dev.charter.solver.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * A constitution's checks as JUnit 5 dynamic tests, handed to {@code @TestFactory} methods by
 * {@link CharterExtension}: one test per {@code *.charter-test} case (run by {@link CaseRunner}),
 * one per assertion (proved or refuted by the solver's {@link Analyzer}), and one for the
 * runtime-vs-solver agreement property ({@link AgreementRun}). Compiling and analysing happen
 * once, when the first test needs them; a constitution that does not compile is one failing test.
 */
public final class CharterSuite {

    private final List<Path> constitution;
    private final List<Path> testFiles;
    private final Optional<Path> facts;
    private final int requests;
    private final long seed;
    private Program program;
    private Report report;

    private CharterSuite(List<Path> constitution, List<Path> testFiles, Optional<Path> facts, int requests, long seed) {
        this.constitution = List.copyOf(constitution);
        this.testFiles = List.copyOf(testFiles);
        this.facts = facts;
        this.requests = requests;
        this.seed = seed;
    }

    static CharterSuite of(CharterConstitution settings) {
        List<Path> files = Arrays.stream(settings.value()).map(Path::of).toList();
        Path directory =
                Optional.ofNullable(files.get(0).toAbsolutePath().getParent()).orElse(Path.of("."));
        List<Path> tests = settings.tests().length > 0
                ? Arrays.stream(settings.tests()).map(Path::of).toList()
                : testFilesIn(directory);
        Path beside = directory.resolve("facts.json");
        Optional<Path> facts = !settings.facts().isEmpty()
                ? Optional.of(Path.of(settings.facts()))
                : Files.exists(beside) ? Optional.of(beside) : Optional.empty();
        return new CharterSuite(files, tests, facts, settings.requests(), settings.seed());
    }

    private static List<Path> testFilesIn(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".charter-test"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every check of the constitution: its cases, its assertions and the agreement property. */
    public Stream<DynamicNode> tests() {
        return Stream.of(cases(), assertions(), agreement());
    }

    /** One container per {@code *.charter-test} file, one test per case. */
    public DynamicNode cases() {
        return DynamicContainer.dynamicContainer(
                "charter-test cases",
                testFiles.stream()
                        .map(file -> DynamicContainer.dynamicContainer(
                                file.getFileName().toString(),
                                file.toUri(),
                                Stream.of(file).flatMap(this::caseTests))));
    }

    private Stream<DynamicNode> caseTests(Path file) {
        SuiteRun run = CaseRunner.decisionsOnly().run(file);
        if (run.error().isPresent()) {
            return Stream.of(DynamicTest.dynamicTest("the test file runs", file.toUri(), () -> {
                throw new AssertionFailedError(run.error().get());
            }));
        }
        return run.outcomes().stream()
                .map(outcome -> DynamicTest.dynamicTest(
                        outcome.test().name(),
                        URI.create(file.toUri() + "?line=" + outcome.test().line()),
                        () -> verify(outcome)));
    }

    private static void verify(CaseOutcome outcome) {
        if (outcome.passed()) {
            return;
        }
        String why = outcome.error()
                .orElseGet(() -> outcome.mismatches().stream()
                        .map(m -> m.part() + ": expected " + m.expected() + ", got " + m.actual())
                        .collect(Collectors.joining("\n")));
        String decision = outcome.actual().map(a -> "\ndecision: " + a.json()).orElse("");
        throw new AssertionFailedError(
                "expect " + outcome.test().expectation() + "\n" + why + decision,
                outcome.test().expectation().toString(),
                outcome.actual().map(a -> a.effect().keyword()).orElse("(no decision)"));
    }

    /** One test per assertion of the constitution: passes when the solver proves it. */
    public DynamicNode assertions() {
        return DynamicContainer.dynamicContainer("assertions", Stream.of(0).flatMap(i -> {
            Optional<String> broken = compile();
            if (broken.isPresent()) {
                return Stream.of(failing("the constitution compiles", broken.get()));
            }
            return program.assertions().stream()
                    .map(Assertion::name)
                    .map(name -> DynamicTest.dynamicTest(name, () -> prove(name)));
        }));
    }

    private void prove(String assertion) {
        if (report == null) {
            report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        }
        List<Finding> about = report.findings().stream()
                .filter(f -> assertion.equals(f.assertion()))
                .toList();
        if (about.size() == 1 && about.get(0).kind() == FindingKind.ASSERTION_PROVED) {
            return;
        }
        throw new AssertionFailedError(
                about.isEmpty()
                        ? "the solver reported nothing about assertion " + assertion
                        : about.stream()
                                .map(f -> f.kind().code() + ": " + f.message()
                                        + f.witnessRequest()
                                                .map(w -> "\nwitness: " + w.toJson())
                                                .orElse(""))
                                .collect(Collectors.joining("\n")));
    }

    /** One test: the runtime and the solver's encoding decide the generated requests alike. */
    public DynamicNode agreement() {
        return DynamicTest.dynamicTest("runtime and solver agree on " + requests + " generated requests", () -> {
            Optional<String> broken = compile();
            if (broken.isPresent()) {
                throw new AssertionFailedError(broken.get());
            }
            AgreementReport run = AgreementRun.run(program, snapshot(), requests, seed);
            if (run.disagreement().isPresent()) {
                throw new AssertionFailedError("request " + run.requests() + " (seed " + seed + "), shrunk:\n"
                        + run.disagreement().get());
            }
            if (!run.missed().isEmpty()) {
                throw new AssertionFailedError(
                        "no generated request reached " + run.missed() + "; raise `requests` in @CharterConstitution");
            }
        });
    }

    /** The facts file beside the constitution, read as every tool reads one: parsed and typed against the program. */
    private FactSnapshot snapshot() throws IOException {
        return facts.isPresent()
                ? FactSnapshot.parse(facts.get().toString(), Files.readAllBytes(facts.get()), List.of(program))
                : FactSnapshot.empty();
    }

    /** Compiles once; the rendered errors when the constitution does not compile. */
    private synchronized Optional<String> compile() {
        if (program != null) {
            return Optional.empty();
        }
        List<SourceFile> sources = new ArrayList<>();
        for (Path file : constitution) {
            try {
                sources.add(new SourceFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                return Optional.of(file + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        Compilation compilation = Compiler.compile(sources);
        if (compilation.program().isEmpty()) {
            return Optional.of("the constitution does not compile:\n"
                    + compilation.diagnostics().stream()
                            .filter(Diagnostic::isError)
                            .map(d -> d.span() + ": " + d.message())
                            .collect(Collectors.joining("\n")));
        }
        program = compilation.program().get();
        return Optional.empty();
    }

    private static DynamicTest failing(String name, String why) {
        return DynamicTest.dynamicTest(name, () -> {
            throw new AssertionFailedError(why);
        });
    }
}
