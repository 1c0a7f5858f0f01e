package dev.charter.compiler.parse;

import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.grammar.CharterLexer;
import dev.charter.grammar.CharterParser;
import dev.charter.runtime.ir.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * The front door of the front end: text of one {@code .charter} file to its AST and syntax
 * diagnostics. It never throws on any input and never prints: oversized or binary input, deep
 * nesting, stray characters and syntax errors all come back as {@link Diagnostic}s with spans
 * and "expected …" messages phrased in the language's concepts.
 *
 * <p>Codes: {@code syntax-error}, {@code unexpected-character}, {@code unterminated-string},
 * {@code invalid-escape}, {@code unterminated-regex}, {@code unterminated-comment},
 * {@code invalid-date}, {@code detached-wildcard} ({@code crm.delete_ *}), {@code nesting-too-deep},
 * {@code input-too-large} (over 1 MB), {@code binary-input}, {@code too-many-errors} (after 50).
 */
public final class Parser {

    private Parser() {}

    /** Parses {@code text}; {@code fileName} is the name diagnostics and spans give the file. */
    public static ParseResult parse(String fileName, String text) {
        Optional<Diagnostic> refused = InputScreen.refusal(fileName, text);
        if (refused.isPresent()) {
            return new ParseResult(empty(fileName), List.of(refused.get()));
        }
        Spans spans = new Spans(fileName);
        SyntaxErrorLog log = new SyntaxErrorLog();
        CharterLexer lexer = new CharterLexer(CharStreams.fromString(text, fileName));
        CommonTokenStream tokens = new CommonTokenStream(new LexicalScreen(lexer, spans, log));
        tokens.fill();
        Optional<Diagnostic> tooDeep = NestingScreen.refusal(tokens.getTokens(), spans);
        if (tooDeep.isPresent()) {
            List<Diagnostic> diagnostics = new ArrayList<>(log.diagnostics());
            diagnostics.add(tooDeep.get());
            return new ParseResult(empty(fileName), diagnostics);
        }
        CharterParser parser = new CharterParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new RecoveringErrorStrategy(log, spans));
        CharterParser.ConstitutionContext tree = parser.constitution();
        ConstitutionFile ast = new FileBuilder(spans, log).build(tree);
        return new ParseResult(ast, log.diagnostics());
    }

    private static ConstitutionFile empty(String fileName) {
        return new ConstitutionFile(new SourceSpan(fileName, 1, 1, 1, 0), fileName, Optional.empty(), List.of());
    }
}
