package dev.charter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code charter demo}: Charter's main job, end to end, on the fintech example bundled in the CLI
 * jar. It copies the example into a temporary directory and runs the same {@code charter}
 * commands a person would, showing each command and what it printed. The first step that fails
 * stops the demo with exit 1, naming the step.
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
        Path workspace = createWorkspace();
        try {
            out.println("Charter demo: the fintech lending constitution (LANGUAGE.md §1), end to end.");
            out.println("Working in " + workspace);
            DemoScript script = new DemoScript(workspace, out);
            for (DemoScript.Step step : steps()) {
                script.run(step);
            }
        } catch (DemoScript.StepFailed e) {
            out.println();
            out.println("The demo stopped: " + e.getMessage());
            return ExitStatus.FAILED;
        } finally {
            delete(workspace);
        }
        out.println();
        out.printf("Done in %.1f s: every step succeeded.%n", (System.nanoTime() - started) / 1e9);
        return ExitStatus.OK;
    }

    /** The tour, in order; each step is one command and a sentence on why it matters. */
    private static List<DemoScript.Step> steps() {
        List<DemoScript.Step> steps = new ArrayList<>();
        steps.add(DemoScript.Step.command("Generate the compliance team's signing key",
                "Bundles are signed; runtimes accept only keys listed in their trust file.",
                "keys", "generate", "--out", "./keys"));
        steps.add(DemoScript.Step.command("Check the constitution and run the analyses",
                "A compiler's checks, then the solver: conflicts, priority gaps, unreachable rules, "
                        + "coverage holes, overridden denies, and a proof of each assertion.",
                "check", "./lending.charter"));
        steps.add(DemoScript.Step.command("Compile and sign the bundle",
                "The bundle is what gets deployed: the checked program, source digests, a signature.",
                "compile", "./lending.charter", "-o", "./lending.bundle", "--key", "./keys/charter.key"));
        steps.add(DemoScript.Step.decisions("Decide the scenario with the signed bundle",
                "The runtime verifies the signature against the trust file, then decides each request.",
                "eval", "--bundle", "./lending.bundle", "--trust", "./keys/trust.txt",
                "--facts", "./facts.json", "--requests", "./requests.jsonl"));
        return steps;
    }

    private static Path createWorkspace() {
        try {
            Path workspace = Files.createTempDirectory("charter-demo-");
            for (String file : FILES) {
                Files.write(workspace.resolve(file), bundled(file));
            }
            return workspace;
        } catch (IOException e) {
            throw new InputProblem("cannot prepare a temporary directory for the demo (" + e.getMessage() + ")");
        }
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
        try (Stream<Path> tree = Files.walk(workspace)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
