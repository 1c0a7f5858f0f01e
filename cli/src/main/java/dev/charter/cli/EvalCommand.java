package dev.charter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleRejectedException;
import dev.charter.runtime.datalog.BudgetExceededException;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.TrustStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code charter eval}: decides requests against a constitution and prints each decision as JSON
 * with its trace (a summary unless {@code --explain}: see {@code Trace}), and with {@code --explain}
 * its {@link dev.charter.runtime.Explanation} ({@link ExplainedDecision}); {@code --format human}
 * prints a line per decision instead, and the explanation as text. The constitution comes
 * from a signed bundle checked against a trust file, or from {@code .charter} sources compiled
 * on the spot. With {@code --requests} each line is decided and its decision printed and flushed
 * as soon as the line arrives, so eval can serve as a co-process ({@code --requests -} reads standard input). Exit 0 when every request was decided
 * (whatever the decision), 1 when the constitution does not compile or the bundle is refused (every
 * decision is then DENY, as a runtime without a valid bundle decides), 2 when an input cannot be
 * read.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Decide requests against a constitution and print each decision with its trace.")
final class EvalCommand implements Callable<Integer> {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** How decisions are printed. */
    enum Format {
        json,
        human
    }

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CharterCommand charter;

    @Parameters(
            arity = "0..*",
            paramLabel = "FILE",
            description = "The constitution's .charter files (or give --bundle).")
    private List<Path> sources = List.of();

    @Option(
            names = "--bundle",
            paramLabel = "FILE",
            description = "A signed bundle from charter compile, instead of sources.")
    private Path bundle;

    @Option(
            names = "--trust",
            paramLabel = "FILE",
            description = "The trust file listing the keys a bundle may be signed by.")
    private Path trust;

    @Option(names = "--facts", paramLabel = "FILE", description = "The fact snapshot (JSON); empty when not given.")
    private Path facts;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Requests requests;

    @Option(
            names = "--explain",
            description = "Evaluate every rule and list every one that matched, instead of stopping once the decision"
                    + " is settled, and say why each rule of the action did or did not decide (\"explanation\").")
    private boolean explain;

    @Option(
            names = "--format",
            defaultValue = "json",
            paramLabel = "FORMAT",
            description = "json (default): each decision as JSON; human: a line per decision, and with --explain"
                    + " why each rule did or did not decide.")
    private Format format;

    @Option(names = "--pretty", description = "Indent the JSON instead of printing canonical JSON on one line.")
    private boolean pretty;

    @Option(
            names = "--ledger",
            paramLabel = "DIR",
            description = "Record every decision in this ledger (created if missing) before printing it.")
    private Path ledger;

    @Option(
            names = "--key",
            paramLabel = "KEYFILE",
            description = "With --ledger: the private key that signs the ledger.")
    private Path ledgerKey;

    /** One request, or a file of them. */
    static final class Requests {
        @Option(names = "--request", paramLabel = "FILE", required = true, description = "One request (JSON).")
        Path single;

        @Option(
                names = "--requests",
                paramLabel = "FILE",
                required = true,
                description =
                        "Requests, one JSON object per line, each decided and printed as it arrives; - for standard input.")
        Path lines;
    }

    @Override
    public Integer call() {
        if (sources.isEmpty() == (bundle == null)) {
            throw new ParameterException(
                    spec.commandLine(), "give either the constitution's .charter files or --bundle");
        }
        if ((bundle == null) != (trust == null)) {
            throw new ParameterException(spec.commandLine(), "--bundle and --trust go together");
        }
        Engine engine;
        boolean refused = false;
        if (bundle != null) {
            try {
                engine = Engine.forBundle(BundleReader.read(InputFiles.bytes(bundle), trustStore()));
            } catch (BundleRejectedException e) {
                spec.commandLine()
                        .getErr()
                        .printf(
                                "charter: %s refused: %s; every decision is deny%n",
                                TerminalText.line(bundle.toString()), TerminalText.line(e.getMessage()));
                engine = Engine.failClosed(bundle + " refused: " + e.getMessage());
                refused = true;
            }
        } else {
            List<SourceFile> files = InputFiles.sources(sources);
            Compilation compilation = Compiler.compile(files);
            if (compilation.program().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.print(DiagnosticText.render(compilation.diagnostics(), files));
                err.println(DiagnosticText.summary(compilation.diagnostics(), files));
                return ExitStatus.FAILED;
            }
            engine = Engine.forProgram(compilation.program().get());
        }
        if (facts != null) {
            attach(engine, facts);
        }
        PrintWriter out = spec.commandLine().getOut();
        UnaryOperator<String> prepare = explain ? ExplainedRequest::of : UnaryOperator.identity();
        try (DecisionRecorder recorder = DecisionRecorder.open(engine, ledger, ledgerKey)) {
            if (requests.single != null) {
                out.println(render(recorder.decide(prepare.apply(InputFiles.text(requests.single)))));
            } else {
                try (RequestLines lines = RequestLines.open(requests.lines, charter.input())) {
                    recorder.decideEach(lines, prepare, decision -> {
                        out.println(render(decision));
                        out.flush();
                    });
                }
            }
            if (recorder.ledgerFailure().isPresent()) {
                spec.commandLine()
                        .getErr()
                        .printf(
                                "charter: the ledger failed (%s); decisions since are deny%n",
                                TerminalText.line(recorder.ledgerFailure().get()));
                return ExitStatus.FAILED;
            }
        }
        return refused ? ExitStatus.FAILED : ExitStatus.OK;
    }

    private TrustStore trustStore() {
        try {
            return TrustStore.read(trust);
        } catch (IOException | KeyFormatException e) {
            throw FileProblem.of(e);
        }
    }

    static void attach(Engine engine, Path facts) {
        Program program = engine.program();
        FactSnapshot snapshot = FactsFile.read(facts, program == null ? List.of() : List.of(program));
        try {
            engine.attach(snapshot);
        } catch (BudgetExceededException e) {
            throw new InputProblem(facts + ": " + e.getMessage());
        }
    }

    private String render(Decision decision) {
        if (format == Format.human) {
            String line = TerminalText.line(decision + ": " + decision.reason());
            String why = explain ? decision.explain().toText().stripTrailing() : "";
            return why.isEmpty() ? line : line + System.lineSeparator() + TerminalText.lines(why);
        }
        String json = explain ? ExplainedDecision.json(decision) : decision.toJson();
        if (!pretty) {
            return json;
        }
        try {
            return PRETTY.writeValueAsString(PRETTY.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the runtime printed JSON that does not parse", e);
        }
    }
}
