package dev.charter.compiler.format;

import dev.charter.compiler.SourceFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.compiler.parse.AstPrinter;
import dev.charter.compiler.parse.ParseResult;
import dev.charter.compiler.parse.Parser;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * The canonical layout of a constitution file ({@code charter fmt}): each declaration as the
 * {@link AstPrinter} prints it, with every comment of the source kept (see {@link SourceLayout}
 * for where each goes, {@link LayoutPrinter} for the blank lines). Formatting is idempotent and
 * never changes meaning: before it answers, it parses its own output and checks that the tree is
 * the source's tree and that the comments are the source's comments, in order; if either is not
 * so, it refuses rather than return text that differs from what the user wrote.
 */
public final class Formatter {

    private Formatter() {}

    public static FormatResult format(SourceFile file) {
        ParseResult parsed = Parser.parse(file.name(), file.text());
        if (parsed.hasErrors()) {
            return new FormatResult.Refused(parsed.diagnostics());
        }
        Optional<List<Block>> blocks = SourceLayout.of(file.text(), parsed.file());
        if (blocks.isEmpty()) {
            return unsafe(file, "a declaration could not be found among the file's tokens");
        }
        String formatted = LayoutPrinter.print(blocks.get());
        ParseResult reparsed = Parser.parse(file.name(), formatted);
        if (reparsed.hasErrors() || !AstPrinter.print(reparsed.file()).equals(AstPrinter.print(parsed.file()))) {
            return unsafe(file, "the formatted text would not mean what the file means");
        }
        if (!SourceLayout.comments(formatted).equals(SourceLayout.comments(file.text()))) {
            return unsafe(file, "the formatted text would not keep every comment");
        }
        return new FormatResult.Formatted(formatted);
    }

    private static FormatResult unsafe(SourceFile file, String why) {
        return new FormatResult.Refused(List.of(Diagnostic.of(
                DiagnosticCode.INTERNAL_ERROR,
                new SourceSpan(file.name(), 1, 1, 1, 1),
                "the file was left as it is: " + why + "; this is a bug in Charter, please report it with the file",
                null)));
    }
}
