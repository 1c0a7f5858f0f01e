package dev.charter.cli.tools;

import dev.charter.compiler.parse.ActionNameSyntax;
import java.util.List;

/**
 * Which names Charter can spell where: a parameter or an enum value must be one identifier token
 * ({@link ActionNameSyntax#isIdentifier}, asked of the lexer itself so that a word the language
 * reserves is never written), and a type name is made of a tool's and a property's names.
 */
final class CharterNames {

    private CharterNames() {}

    /** Whether {@code name} can name a parameter, a nested field or an enum value. */
    static boolean isIdentifier(String name) {
        return ActionNameSyntax.isIdentifier(name);
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
