package dev.charter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code charter demo}: Charter's main job, end to end, on the fintech example bundled in the CLI
 * jar. It copies the example into a temporary directory and runs the same {@code charter}
 * commands a person would — sign, analyse, decide through a ledger, resolve an escalation, verify
 * and replay the ledger — showing each command and what it printed. The first step that fails
 * stops the demo with exit 1, naming the step.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run Charter end to end on the bundled fintech example and narrate each step.")
final class DemoCommand implements Callable<Integer> {

    static final String EXAMPLE = "demo/fintech/";
    /** The bundled files and where the demo puts them. */
    static final Map<String, String> FILES = Map.of(
            "lending.charter", "lending.charter",
            "facts.json", "facts/facts.json",
            "requests.jsonl", "requests.jsonl");

    private static final Pattern FIRST_ESCALATION = Pattern.compile("(?m)^(\\d+)\\s+senior_ops\\b");

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        Path workspace = createWorkspace();
        try {
            out.println(
                    "Charter demo: the fintech lending constitution (examples/fintech/lending.charter), end to end.");
            out.println("Working in " + workspace);
            tour(new DemoScript(workspace, out), workspace);
        } catch (DemoScript.StepFailed e) {
            out.println();
            out.println("The demo stopped: " + TerminalText.line(e.getMessage()));
            return ExitStatus.FAILED;
        } finally {
            delete(workspace);
        }
        out.println();
        out.printf("Done in %.1f s: every step succeeded.%n", (System.nanoTime() - started) / 1e9);
        return ExitStatus.OK;
    }

    /** The steps, in order; each is one command and a sentence on why it matters. */
    private static void tour(DemoScript script, Path workspace) {
        script.run(DemoScript.Step.command(
                "Generate the compliance team's signing key",
                "Bundles and ledger records are signed; runtimes and auditors trust only the keys in a trust file.",
                "keys",
                "generate",
                "--out",
                "./keys"));
        script.run(DemoScript.Step.command(
                "Check the constitution and run the analyses",
                "A compiler's checks, then the solver: overrides, conflicts, unreachable rules, "
                        + "coverage holes, overridden denies, and a proof of each assertion.",
                "check",
                "./lending.charter"));
        script.run(DemoScript.Step.command(
                "Compile and sign the bundle",
                "The bundle is what gets deployed: the checked program, source digests, a signature.",
                "compile",
                "./lending.charter",
                "-o",
                "./bundles/lending.bundle",
                "--key",
                "./keys/charter.key"));
        script.run(DemoScript.Step.decisions(
                "Decide the scenario through a ledger-backed engine",
                "The runtime verifies the bundle's signature, decides each request, and records every decision "
                        + "in a signed, hash-chained ledger before answering.",
                "eval",
                "--bundle",
                "./bundles/lending.bundle",
                "--trust",
                "./keys/trust.txt",
                "--facts",
                "./facts/facts.json",
                "--requests",
                "./requests.jsonl",
                "--ledger",
                "./ledger",
                "--key",
                "./keys/charter.key"));
        String open = script.run(DemoScript.Step.command(
                "See what waits for a person",
                "The 15,000 payment was escalated to senior operations; the agent waits for its resolution.",
                "escalations",
                "list",
                "./ledger"));
        Matcher escalation = FIRST_ESCALATION.matcher(open);
        if (!escalation.find()) {
            throw new DemoScript.StepFailed("no escalation to senior_ops is waiting in the ledger");
        }
        script.run(DemoScript.Step.command(
                "Resolve the escalation",
                "A reviewer's answer is itself a signed ledger record.",
                "escalations",
                "approve",
                "./ledger",
                escalation.group(1),
                "--reviewer",
                "maria@senior-ops",
                "--reason",
                "invoice matches the loan agreement",
                "--key",
                "./keys/charter.key"));
        script.run(DemoScript.Step.command(
                "Verify the ledger",
                "Every record, signature, the hash chain and every checkpoint, with the public key alone.",
                "ledger",
                "verify",
                "./ledger",
                "--keys",
                "./keys/trust.txt"));
        script.run(DemoScript.Step.command(
                "Replay the ledger",
                "Each decision is re-evaluated from its bundle, snapshot and request and compared byte for byte.",
                "replay",
                "./ledger",
                "--bundles",
                "./bundles",
                "--facts",
                "./facts",
                "--keys",
                "./keys/trust.txt"));
        tamper(workspace.resolve("bundles/lending.bundle"));
        script.run(DemoScript.Step.decisions(
                        "Fail closed: flip one byte of the bundle",
                        "A tampered bundle is refused, and a runtime without a valid bundle denies everything.",
                        "eval",
                        "--bundle",
                        "./bundles/lending.bundle",
                        "--trust",
                        "./keys/trust.txt",
                        "--facts",
                        "./facts/facts.json",
                        "--requests",
                        "./requests.jsonl")
                .expecting(ExitStatus.FAILED));
    }

    private static void tamper(Path bundle) {
        try {
            byte[] bytes = Files.readAllBytes(bundle);
            bytes[bytes.length / 2] ^= 0x01;
            Files.write(bundle, bytes);
        } catch (IOException e) {
            throw new DemoScript.StepFailed("cannot change the bundle for the last step (" + e.getMessage() + ")");
        }
    }

    private static Path createWorkspace() {
        try {
            Path workspace = Files.createTempDirectory("charter-demo-");
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                Path target = workspace.resolve(file.getValue());
                Files.createDirectories(target.getParent());
                Files.write(target, bundled(file.getKey()));
            }
            Files.createDirectories(workspace.resolve("bundles"));
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
