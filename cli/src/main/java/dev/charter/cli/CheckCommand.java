package dev.charter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.Diagnostic;
import dev.charter.compiler.SourceFile;
import dev.charter.compiler.Compiler;
import dev.charter.proofs.regression.WitnessTests;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter check FILE...}: compiles a constitution and reports every problem in one run.
 * Exit 0 when there is no error (warnings allowed), 1 when there is, 2 when a file cannot be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check constitution files and report errors, warnings and findings.")
final class CheckCommand implements Callable<Integer> {

    enum Format { human, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "human", paramLabel = "FORMAT",
            description = "human (default) or json: one object {\"diagnostics\":[...],\"findings\":[...]}.")
    private Format format;

    @Option(names = "--emit-tests", paramLabel = "DIR",
            description = "Write each solver witness as a *.charter-test case in DIR, so a fixed defect stays fixed.")
    private Path emitTests;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .charter files of one constitution.")
    private List<Path> files;

    @Override
    public Integer call() {
        List<SourceFile> sources = InputFiles.sources(files);
        List<Diagnostic> diagnostics = diagnose(sources);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(diagnostics));
        } else {
            human(diagnostics, sources, out);
        }
        if (emitTests != null) {
            try {
                WitnessTests.emit(sources, files, emitTests)
                        .ifPresent(f -> spec.commandLine().getErr().println("wrote the witnesses as tests to " + f));
            } catch (IOException e) {
                spec.commandLine().getErr().println("charter: cannot write tests to " + emitTests + ": " + e.getMessage());
                return ExitStatus.USAGE;
            }
        }
        return diagnostics.stream().anyMatch(Diagnostic::isError) ? ExitStatus.FAILED : ExitStatus.OK;
    }

    private static List<Diagnostic> diagnose(List<SourceFile> sources) {
        List<Diagnostic> diagnostics = new ArrayList<>(Compiler.compile(sources).diagnostics());
        diagnostics.sort(Diagnostic.BY_POSITION);
        return diagnostics;
    }

    private static ObjectNode json(List<Diagnostic> diagnostics) {
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        ArrayNode list = report.putArray("diagnostics");
        diagnostics.forEach(d -> list.add(DiagnosticJson.of(d)));
        report.putArray("findings");
        return report;
    }

    private static void human(List<Diagnostic> diagnostics, List<SourceFile> sources, PrintWriter out) {
        out.print(DiagnosticText.render(diagnostics, sources));
        out.println(DiagnosticText.summary(diagnostics, sources));
    }
}
