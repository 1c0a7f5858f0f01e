package dev.charter.proofs.cases;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.Diagnostic;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@code *.charter-test} files: compiles the constitution each names, attaches each test's
 * facts to an engine for the compiled program, decides its request and compares the decision
 * with the expectation. Problems with the files (unreadable, malformed, a constitution that does
 * not compile) are results, never exceptions.
 */
public final class CaseRunner {

    private CaseRunner() {
    }

    /** Runs one test file; the files it names are resolved against its directory. */
    public static SuiteRun run(Path testFile) {
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
            Program program = compile(directory, file);
            Engine engine = Engine.forProgram(program);
            Optional<FactsSource> attached = Optional.empty();
            boolean attachedCleanly = false;
            List<CaseOutcome> outcomes = new ArrayList<>();
            for (TestCase test : file.tests()) {
                Optional<FactsSource> facts = test.facts().or(file::facts);
                long start = System.nanoTime();
                if (!attachedCleanly || !facts.equals(attached)) {
                    Optional<String> problem = attach(engine, directory, facts);
                    attached = facts;
                    attachedCleanly = problem.isEmpty();
                    if (problem.isPresent()) {
                        outcomes.add(new CaseOutcome(name, test, Optional.empty(), List.of(), problem,
                                Duration.ofNanos(System.nanoTime() - start)));
                        continue;
                    }
                }
                outcomes.add(decide(name, engine, test, start));
            }
            return new SuiteRun(name, outcomes, Optional.empty());
        } catch (SuiteProblem e) {
            return SuiteRun.broken(name, e.getMessage());
        }
    }

    private static CaseOutcome decide(String name, Engine engine, TestCase test, long start) {
        Decision decision = engine.decideJson(test.requestJson());
        ActualDecision actual = new ActualDecision(
                decision.effect(),
                Optional.ofNullable(decision.route()),
                decision.rules(),
                Optional.ofNullable(decision.reason()),
                decision.reasonCode().keyword(),
                decision.toJson());
        return new CaseOutcome(name, test, Optional.of(actual), test.expectation().mismatches(actual), Optional.empty(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static Optional<String> attach(Engine engine, Path directory, Optional<FactsSource> facts) {
        try {
            engine.attach(snapshot(directory, facts));
            return Optional.empty();
        } catch (SuiteProblem e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            return Optional.of("the facts were refused: " + e.getMessage());
        }
    }

    private static FactSnapshot snapshot(Path directory, Optional<FactsSource> facts) {
        if (facts.isEmpty()) {
            return FactSnapshot.empty();
        }
        if (facts.get() instanceof FactsSource.Inline) {
            return FactSnapshot.parse(((FactsSource.Inline) facts.get()).snapshot().toString().getBytes(StandardCharsets.UTF_8));
        }
        String path = ((FactsSource.File) facts.get()).path();
        try {
            return FactSnapshot.parse(Files.readAllBytes(directory.resolve(path)));
        } catch (IOException e) {
            throw new SuiteProblem(path + ": cannot be read (" + describe(e) + ")");
        }
    }

    private static Program compile(Path directory, CaseFile file) {
        List<SourceFile> sources = new ArrayList<>();
        for (Path path : constitutionFiles(directory, file)) {
            String shown = file.constitution().isEmpty() ? path.getFileName().toString() : directory.relativize(path).toString();
            try {
                sources.add(new SourceFile(shown, Files.readString(path, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new SuiteProblem(shown + ": cannot be read (" + describe(e) + ")");
            }
        }
        Compilation compilation = Compiler.compile(sources);
        if (compilation.program().isEmpty()) {
            throw new SuiteProblem("the constitution does not compile:\n" + compilation.diagnostics().stream()
                    .filter(Diagnostic::isError)
                    .map(d -> d.span() + ": " + d.severity().keyword() + "[" + d.code() + "]: " + d.message())
                    .collect(Collectors.joining("\n")));
        }
        return compilation.program().get();
    }

    private static List<Path> constitutionFiles(Path directory, CaseFile file) {
        if (!file.constitution().isEmpty()) {
            return file.constitution().stream().map(directory::resolve).toList();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> found = entries.filter(p -> p.getFileName().toString().endsWith(".charter")).sorted().toList();
            if (found.isEmpty()) {
                throw new SuiteProblem("no constitution: name one with `constitution \"FILE.charter\"` or put the .charter files beside the test file");
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
