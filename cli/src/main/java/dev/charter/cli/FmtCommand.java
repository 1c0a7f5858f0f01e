package dev.charter.cli;

import dev.charter.compiler.SourceFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.compiler.format.FormatResult;
import dev.charter.compiler.format.Formatter;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code charter fmt FILE...}: rewrites constitution files in their canonical layout, keeping
 * every comment ({@link Formatter}); directories are searched for {@code *.charter} files, and
 * {@code -} formats standard input to standard output. With {@code --check} nothing is written:
 * the files not in canonical layout are listed, one a line, and the exit status is 1 if there are
 * any (for CI). A file with syntax errors is left alone and its errors printed (exit 1); so is a
 * file that is not UTF-8 (exit 2), since writing it back would change the bytes that are not.
 * Exit 0 when every file is (now) formatted, 2 for a file that cannot be read or written, 3 when
 * the formatter refused a file it would have changed the meaning of.
 */
@Command(
        name = "fmt",
        mixinStandardHelpOptions = true,
        description = "Rewrite constitution files in canonical layout, keeping every comment.")
final class FmtCommand implements Callable<Integer> {

    private static final String STDIN = "-";

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CharterCommand charter;

    @Option(
            names = "--check",
            description = "Write nothing; list the files that are not formatted and exit 1 if there are any.")
    private boolean check;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description =
                    ".charter files or directories to search for them; - formats standard input to standard output.")
    private List<Path> paths;

    @Override
    public Integer call() {
        if (paths.stream().anyMatch(p -> p.toString().equals(STDIN))) {
            if (paths.size() > 1) {
                throw new InputProblem("- (standard input) cannot be formatted together with files");
            }
            return standardInput();
        }
        int status = ExitStatus.OK;
        for (Path file : files()) {
            status = Math.max(status, file(file));
        }
        return status;
    }

    private int standardInput() {
        byte[] bytes;
        try {
            bytes = readAll(charter.input());
        } catch (IOException e) {
            throw new InputProblem("standard input: cannot be read (" + e.getMessage() + ")");
        }
        Optional<String> text = utf8(bytes);
        if (text.isEmpty()) {
            throw new InputProblem("standard input: is not UTF-8 text; not formatted");
        }
        SourceFile source = new SourceFile("<stdin>", text.get());
        FormatResult result = Formatter.format(source);
        if (result instanceof FormatResult.Refused refused) {
            return refusal(source, refused);
        }
        String formatted = ((FormatResult.Formatted) result).text();
        if (check) {
            if (formatted.equals(source.text())) {
                return ExitStatus.OK;
            }
            spec.commandLine().getOut().println(STDIN);
            return ExitStatus.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(formatted);
        out.flush();
        return ExitStatus.OK;
    }

    private int file(Path file) {
        Optional<String> text = utf8(InputFiles.bytes(file));
        if (text.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("charter: " + TerminalText.line(file.toString()) + ": is not UTF-8 text; left as it is");
            return ExitStatus.USAGE;
        }
        SourceFile source = new SourceFile(file.toString(), text.get());
        FormatResult result = Formatter.format(source);
        if (result instanceof FormatResult.Refused refused) {
            return refusal(source, refused);
        }
        String formatted = ((FormatResult.Formatted) result).text();
        if (formatted.equals(source.text())) {
            return ExitStatus.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (check) {
            out.println(TerminalText.line(file.toString()));
            return ExitStatus.FAILED;
        }
        AtomicFile.replace(file, formatted.getBytes(StandardCharsets.UTF_8), ".fmt.tmp");
        out.println("formatted " + TerminalText.line(file.toString()));
        return ExitStatus.OK;
    }

    private int refusal(SourceFile source, FormatResult.Refused refused) {
        PrintWriter err = spec.commandLine().getErr();
        err.print(DiagnosticText.render(refused.diagnostics(), List.of(source)));
        err.println(TerminalText.line(source.name()) + ": not formatted");
        boolean defect =
                refused.diagnostics().stream().map(Diagnostic::code).anyMatch(DiagnosticCode.INTERNAL_ERROR::equals);
        return defect ? ExitStatus.INTERNAL : ExitStatus.FAILED;
    }

    /** The files named, with each directory replaced by the {@code .charter} files under it, sorted. */
    private List<Path> files() {
        List<Path> found = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> tree = Files.walk(path)) {
                    tree.filter(p -> p.getFileName().toString().endsWith(".charter") && Files.isRegularFile(p))
                            .sorted()
                            .forEach(found::add);
                } catch (IOException e) {
                    throw new InputProblem(path + ": cannot be searched (" + e.getMessage() + ")");
                }
            } else {
                found.add(path);
            }
        }
        return found;
    }

    /**
     * The text of {@code bytes}, or empty when they are not UTF-8: decoding would replace the bad
     * bytes, and writing the file back would then change bytes the user wrote.
     */
    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static byte[] readAll(InputStream input) throws IOException {
        byte[] bytes = input.readNBytes((int) InputFiles.MAX_BYTES + 1);
        if (bytes.length > InputFiles.MAX_BYTES) {
            throw new InputProblem("standard input: larger than " + InputFiles.MAX_BYTES / (1024 * 1024)
                    + " MiB, refusing to read it");
        }
        return bytes;
    }
}
