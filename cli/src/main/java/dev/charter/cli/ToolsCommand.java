package dev.charter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.cli.tools.ImportDiagnostic;
import dev.charter.cli.tools.ToolsFileException;
import dev.charter.cli.tools.ToolsImport;
import dev.charter.runtime.diagnostics.Severity;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter tools}: declarations from the tools agents call ({@code docs/tools-import.md}). */
@Command(
        name = "tools",
        mixinStandardHelpOptions = true,
        description = "Declare the tools an agent calls as Charter actions.",
        subcommands = {ToolsCommand.Import.class})
final class ToolsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: import");
    }

    /**
     * {@code charter tools import TOOLS.json [-o FILE] [--format text|json]}: an MCP
     * {@code tools/list} result to action declarations. Exit 0 when every tool was declared
     * (warnings allowed), 1 when some tool has an error (the others are still written), 2 when
     * the file cannot be read or is not a tools list.
     */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Write Charter action declarations for the tools of an MCP tools/list result.")
    static final class Import implements Callable<Integer> {

        enum Format {
            text,
            json
        }

        @Spec
        private CommandSpec spec;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                description = "The .charter file to write (replaced if it exists); standard output when absent.")
        private Path output;

        @Option(
                names = "--format",
                defaultValue = "text",
                paramLabel = "FORMAT",
                description = "text (default): diagnostics on standard error; json: one object "
                        + "{\"tools\",\"written\",\"output\",\"declarations\",\"diagnostics\"} on standard output.")
        private Format format;

        @Parameters(
                index = "0",
                paramLabel = "TOOLS.json",
                description = "The result of tools/list: {\"tools\": [...]}, the JSON-RPC response holding it, "
                        + "or an array of tools.")
        private Path tools;

        @Override
        public Integer call() {
            ToolsImport.Result result;
            try {
                result = ToolsImport.run(tools.toString(), InputFiles.text(tools));
            } catch (ToolsFileException e) {
                throw new InputProblem(e.getMessage());
            }
            if (output != null) {
                AtomicFile.replace(output, result.declarations().getBytes(StandardCharsets.UTF_8), ".tmp");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(json(result, output));
            } else {
                PrintWriter err = spec.commandLine().getErr();
                result.diagnostics().forEach(d -> err.print(text(d)));
                err.println(summary(result));
                if (output == null) {
                    out.print(result.declarations());
                } else {
                    out.println("wrote " + TerminalText.line(output.toString()));
                }
            }
            return result.hasErrors() ? ExitStatus.FAILED : ExitStatus.OK;
        }

        /** rustc-style: {@code error[code]: message}, where, the JSON pointer and the help, then a blank line. */
        static String text(ImportDiagnostic d) {
            StringBuilder text = new StringBuilder();
            text.append(d.severity().keyword())
                    .append('[')
                    .append(d.code().code())
                    .append("]: ")
                    .append(TerminalText.line(d.message()))
                    .append('\n');
            text.append("  --> ")
                    .append(TerminalText.line(d.file()))
                    .append(':')
                    .append(d.line())
                    .append(':')
                    .append(d.column())
                    .append('\n');
            text.append("   = at ").append(TerminalText.line(d.pointer())).append('\n');
            if (d.help() != null) {
                text.append("   = help: ").append(TerminalText.line(d.help())).append('\n');
            }
            return text.append('\n').toString();
        }

        static String summary(ToolsImport.Result result) {
            long errors = result.diagnostics().stream()
                    .filter(ImportDiagnostic::isError)
                    .count();
            long warnings = result.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.WARNING)
                    .count();
            return "declared " + result.written() + " of " + result.tools() + " tool" + (result.tools() == 1 ? "" : "s")
                    + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                    + (warnings == 1 ? "" : "s");
        }

        private static ObjectNode json(ToolsImport.Result result, Path output) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("tools", result.tools());
            node.put("written", result.written());
            node.put("output", output == null ? null : output.toString());
            node.put("declarations", output == null ? result.declarations() : null);
            ArrayNode list = node.putArray("diagnostics");
            for (ImportDiagnostic d : result.diagnostics()) {
                ObjectNode one = list.addObject();
                one.put("code", d.code().code());
                one.put("severity", d.severity().keyword());
                one.put("file", d.file());
                one.put("line", d.line());
                one.put("column", d.column());
                one.put("message", d.message());
                one.put("help", d.help());
                one.put("tool", d.tool());
                one.put("pointer", d.pointer());
            }
            return node;
        }
    }
}
