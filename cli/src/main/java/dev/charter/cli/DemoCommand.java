package dev.charter.cli;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.Diagnostic;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Program;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code charter demo}: Charter's main job, end to end, on the fintech example bundled in the CLI
 * jar, in a temporary directory, narrating each step. Any step that fails stops the demo with
 * exit 1 and says which step it was.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run Charter end to end on the bundled fintech example and narrate each step.")
final class DemoCommand implements Callable<Integer> {

    static final String EXAMPLE = "demo/fintech/";
    static final List<String> FILES = List.of("lending.charter", "facts.json", "requests.jsonl");

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        Path workspace = null;
        Narration narration = new Narration(out, 3);
        try {
            workspace = Files.createTempDirectory("charter-demo-");
            for (String file : FILES) {
                Files.write(workspace.resolve(file), bundled(file));
            }
            out.println("Charter demo: the fintech lending constitution, in " + workspace);
            Path directory = workspace;
            Program program = narration.step("Check the constitution", () -> check(directory, out));
            Engine engine = Engine.forProgram(program);
            narration.step("Attach the fact snapshot", () -> attach(engine, directory, out));
            narration.step("Decide the scenario", () -> decide(engine, directory, out));
        } catch (DemoFailure e) {
            out.println("The demo stopped: " + e.getMessage());
            return ExitStatus.FAILED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(workspace);
        }
        out.printf("Done in %.1f s: every step succeeded.%n", (System.nanoTime() - started) / 1e9);
        return ExitStatus.OK;
    }

    private static Program check(Path directory, PrintWriter out) throws IOException {
        String name = "lending.charter";
        SourceFile source = new SourceFile(name, Files.readString(directory.resolve(name), StandardCharsets.UTF_8));
        Compilation compilation = Compiler.compile(List.of(source));
        if (compilation.program().isEmpty() || !compilation.diagnostics().isEmpty()) {
            out.print(DiagnosticText.render(compilation.diagnostics(), List.of(source)));
            throw new DemoFailure("the constitution has " + compilation.diagnostics().size() + " diagnostic(s)");
        }
        Program program = compilation.program().get();
        out.printf("      %s v%d: %d decision rules, %d relations, %d assertion(s); no errors, no warnings%n",
                program.metadata().name(), program.metadata().version(), program.rules().size(),
                program.relations().size(), program.assertions().size());
        return program;
    }

    private static Void attach(Engine engine, Path directory, PrintWriter out) throws IOException {
        FactSnapshot snapshot = FactSnapshot.parse(Files.readAllBytes(directory.resolve("facts.json")));
        engine.attach(snapshot);
        long facts = snapshot.relations().values().stream().mapToLong(List::size).sum();
        out.printf("      facts.json: %d facts in %d relations, digest %s%n", facts, snapshot.relations().size(), snapshot.digest());
        return null;
    }

    private static Void decide(Engine engine, Path directory, PrintWriter out) throws IOException {
        List<String> lines = Files.readAllLines(directory.resolve("requests.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        for (String line : lines) {
            Request request = Request.parse(line);
            Decision decision = engine.decide(request);
            out.printf("      %-18s %-22s %-10s -> %s%n", request.agent(), request.action(),
                    request.parameters().getOrDefault("amount", ""), decision);
        }
        return null;
    }

    private static byte[] bundled(String file) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(EXAMPLE + file)) {
            if (in == null) {
                throw new IllegalStateException("the demo file " + file + " is missing from the CLI jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path workspace) {
        if (workspace == null) {
            return;
        }
        try (Stream<Path> tree = Files.walk(workspace)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers and announces the steps, and turns a step's exception into a {@link DemoFailure}. */
    private static final class Narration {
        private final PrintWriter out;
        private final int steps;
        private int current;

        Narration(PrintWriter out, int steps) {
            this.out = out;
            this.steps = steps;
        }

        <T> T step(String title, Step<T> step) {
            current++;
            out.printf("[%d/%d] %s%n", current, steps, title);
            try {
                return step.run();
            } catch (DemoFailure e) {
                throw new DemoFailure("step " + current + " (" + title + ") failed: " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                throw new DemoFailure("step " + current + " (" + title + ") failed: " + e.getMessage());
            }
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException;
    }

    /** Why the demo stopped; the message names the step. */
    private static final class DemoFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DemoFailure(String message) {
            super(message, null, false, false);
        }
    }
}
