package dev.charter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.proofs.regression.WitnessTests;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.Analyzer;
import dev.charter.solver.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter check FILE...}: compiles a constitution, runs the solver's analyses on it (when
 * it compiles) and reports every problem and finding in one run. Exit 0 when there is no error
 * (warnings allowed unless {@code --strict}), 1 when there is — a compile error, an error-severity
 * finding, a refuted assertion or an inconclusive query — 2 when a file cannot be read.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check constitution files and report errors, warnings and findings.")
final class CheckCommand implements Callable<Integer> {

    enum Format {
        human,
        json,
        sarif
    }

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "human",
            paramLabel = "FORMAT",
            description =
                    "human (default), json: one object {\"diagnostics\":[...],\"findings\":[...]}, or sarif (SARIF 2.1.0).")
    private Format format;

    @Mixin
    private AnalysisFlags analysis;

    @Option(
            names = "--emit-tests",
            paramLabel = "DIR",
            description = "Write each solver witness as a *.charter-test case in DIR, so a fixed defect stays fixed.")
    private Path emitTests;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .charter files of one constitution.")
    private List<Path> files;

    @Override
    public Integer call() {
        List<SourceFile> sources = InputFiles.sources(files);
        Compilation compilation = Compiler.compile(sources);
        List<Diagnostic> diagnostics = new ArrayList<>(compilation.diagnostics());
        diagnostics.sort(Diagnostic.BY_POSITION);
        Report report = compilation.hasErrors()
                ? null
                : compilation
                        .program()
                        .map(p -> new Analyzer(analysis.options(List.of(p))).analyze(p))
                        .orElse(null);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(diagnostics, report, compilation.program().orElse(null), analysis.strict));
        } else if (format == Format.sarif) {
            out.println(Sarif.log(diagnostics, report, analysis.strict));
        } else {
            human(diagnostics, report, compilation.program().orElse(null), sources, out, analysis.strict);
        }
        if (emitTests != null) {
            try {
                WitnessTests.emit(sources, files, emitTests)
                        .ifPresent(f -> spec.commandLine().getErr().println("wrote the witnesses as tests to " + f));
            } catch (IOException e) {
                spec.commandLine()
                        .getErr()
                        .println(TerminalText.line(
                                "charter: cannot write tests to " + emitTests + ": " + e.getMessage()));
                return ExitStatus.USAGE;
            }
        }
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError)
                || (report != null && report.failsCheck(analysis.strict));
        return failed ? ExitStatus.FAILED : ExitStatus.OK;
    }

    private static ObjectNode json(List<Diagnostic> diagnostics, Report findings, Program program, boolean strict) {
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        ArrayNode list = report.putArray("diagnostics");
        diagnostics.forEach(d -> list.add(DiagnosticJson.of(d)));
        report.set(
                "findings",
                findings == null ? JsonNodeFactory.instance.arrayNode() : FindingText.json(findings, program, strict));
        return report;
    }

    private static void human(
            List<Diagnostic> diagnostics,
            Report findings,
            Program program,
            List<SourceFile> sources,
            PrintWriter out,
            boolean strict) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        if (findings != null) {
            all.addAll(FindingText.diagnostics(findings, program, strict));
        }
        all.sort(Diagnostic.BY_POSITION);
        out.print(DiagnosticText.render(all, sources));
        out.println(DiagnosticText.summary(all, sources));
    }
}
