package dev.charter.cli.tools;

import dev.charter.grammar.CharterLexer;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Which names Charter can spell where: a parameter or an enum value must be one identifier
 * token (the grammar's {@code identifier}: a lower-case name or a word that is a keyword in one
 * place only), asked of the lexer itself so that a word the language reserves is never written.
 */
final class CharterNames {

    /** The tokens the grammar's {@code identifier} rule accepts. */
    private static final Set<Integer> IDENTIFIER = Set.of(
            CharterLexer.IDENTIFIER,
            CharterLexer.TO,
            CharterLexer.ON,
            CharterLexer.CONFLICT,
            CharterLexer.VERSION,
            CharterLexer.ROUTES,
            CharterLexer.PRIORITY,
            CharterLexer.BECAUSE,
            CharterLexer.INPUT,
            CharterLexer.RELATION,
            CharterLexer.UNLESS,
            CharterLexer.WHEN,
            CharterLexer.STARTS_WITH,
            CharterLexer.ENDS_WITH,
            CharterLexer.CONTAINS,
            CharterLexer.MATCHES);

    private CharterNames() {}

    /** Whether {@code name} can name a parameter, a nested field or an enum value. */
    static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        CharterLexer lexer = new CharterLexer(CharStreams.fromString(name));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        return tokens.size() == 1
                && IDENTIFIER.contains(tokens.get(0).getType())
                && tokens.get(0).getText().equals(name);
    }

    /**
     * A type name made of {@code parts}: each split at characters other than letters and digits,
     * each piece capitalised, e.g. {@code ("list_directory", "sortBy")} → {@code ListDirectorySortBy}.
     * A name that would not start with a letter starts with {@code Tool}.
     */
    static String typeName(List<String> parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            for (String piece : part.split("[^A-Za-z0-9]+")) {
                if (!piece.isEmpty()) {
                    name.append(Character.toUpperCase(piece.charAt(0))).append(piece, 1, piece.length());
                }
            }
        }
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name.insert(0, "Tool");
        }
        return name.toString();
    }
}
