package dev.charter.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.ActionChange;
import dev.charter.solver.DiffReport;
import dev.charter.solver.VersionDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter diff OLD NEW}: the semantic change between two versions of a constitution. For
 * each action, either a proof that every request is decided the same way, or requests on which
 * the decisions differ, each shown with the old and the new decision as the runtime reaches
 * them. Exit 0 when the versions are equivalent, 1 when they differ (or the solver could not
 * decide, or a version does not compile), 2 when a file cannot be read.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Show, action by action, which requests two versions of a constitution decide differently.")
final class DiffCommand implements Callable<Integer> {

    enum Format {
        human,
        json
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "human", paramLabel = "FORMAT", description = "human (default) or json.")
    private Format format;

    @Mixin
    private AnalysisFlags analysis;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old version's .charter file.")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version's .charter file.")
    private Path after;

    @Override
    public Integer call() {
        List<SourceFile> oldSources = InputFiles.sources(List.of(before));
        List<SourceFile> newSources = InputFiles.sources(List.of(after));
        Compilation oldCompilation = Compiler.compile(oldSources);
        Compilation newCompilation = Compiler.compile(newSources);
        PrintWriter out = spec.commandLine().getOut();
        Optional<Program> oldProgram = program(oldCompilation);
        Optional<Program> newProgram = program(newCompilation);
        if (oldProgram.isEmpty() || newProgram.isEmpty()) {
            List<Diagnostic> diagnostics = new ArrayList<>(oldCompilation.diagnostics());
            diagnostics.addAll(newCompilation.diagnostics());
            List<SourceFile> sources = new ArrayList<>(oldSources);
            sources.addAll(newSources);
            out.print(DiagnosticText.render(diagnostics, sources));
            out.println("cannot compare: " + (oldProgram.isEmpty() ? before : after) + " does not compile");
            return ExitStatus.FAILED;
        }
        DiffReport report = new VersionDiff(analysis.options(List.of(oldProgram.get(), newProgram.get())))
                .compare(oldProgram.get(), newProgram.get());
        if (format == Format.json) {
            out.println(report.toJson());
        } else {
            human(report, out);
        }
        return report.equivalent() ? ExitStatus.OK : ExitStatus.FAILED;
    }

    private static Optional<Program> program(Compilation compilation) {
        return compilation.hasErrors() ? Optional.empty() : compilation.program();
    }

    private void human(DiffReport report, PrintWriter out) {
        for (ActionChange change : report.actions()) {
            out.println(change.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + change.message());
            for (ActionChange.Example example : change.examples()) {
                out.println("  request: " + example.request());
                if (example.facts() != null) {
                    out.println("    with facts: " + example.facts());
                }
                out.println("    " + before + ": " + describe(example.before()));
                out.println("    " + after + ": " + describe(example.after()));
            }
        }
        out.println(
                report.equivalent()
                        ? "equivalent: every request is decided the same way by both versions"
                        : "different: some requests are decided differently (see above)");
    }

    private static String describe(ObjectNode decision) {
        StringBuilder text = new StringBuilder(decision.get("decision").asText());
        if (!decision.get("route").isNull()) {
            text.append(" to \"").append(decision.get("route").asText()).append('"');
        }
        List<String> rules = new ArrayList<>();
        decision.get("rules").forEach(r -> rules.add(r.asText()));
        text.append(
                rules.isEmpty()
                        ? " (" + decision.get("reason_code").asText() + ")"
                        : " by " + String.join(", ", rules));
        return text.toString();
    }
}
