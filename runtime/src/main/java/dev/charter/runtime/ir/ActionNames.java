package dev.charter.runtime.ir;

import java.util.Optional;

/**
 * What an action may be called: the name an agent's tool goes by, verbatim ({@code write:refund},
 * {@code github/create-issue}, {@code Fs.read}, {@code initiate_payment}). A name is 1 to
 * {@value #MAX_LENGTH} characters, each a visible ASCII character other than {@code "}, {@code \}
 * and {@code *}: no space or control character that could hide in a log line, no letter that looks
 * like another, and {@code *} kept for the wildcards of action patterns. The compiler reports a
 * name outside these bounds at its position; {@link Program#of} refuses one in a bundle.
 */
public final class ActionNames {

    /** The longest name, in characters: OpenAI's function names stop at 64, MCP tools at 128. */
    public static final int MAX_LENGTH = 128;

    private ActionNames() {}

    /** Why {@code name} cannot name an action, or empty when it can. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("an action name cannot be empty");
        }
        return problemOfPrefix(name);
    }

    /**
     * Why {@code prefix} cannot begin an action name (the part of a pattern before its trailing
     * {@code *}), or empty when it can; the empty prefix, of {@code *}, is allowed.
     */
    public static Optional<String> problemOfPrefix(String prefix) {
        if (prefix.length() > MAX_LENGTH) {
            return Optional.of(
                    "an action name is at most " + MAX_LENGTH + " characters, but this one has " + prefix.length());
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (!allowed(c)) {
                return Optional.of("an action name cannot contain " + describe(c));
            }
        }
        return Optional.empty();
    }

    private static boolean allowed(char c) {
        return c > ' ' && c < 0x7f && c != '"' && c != '\\' && c != '*';
    }

    private static String describe(char c) {
        if (c == ' ') {
            return "a space";
        }
        if (c == '*') {
            return "`*` except as the wildcard that ends a pattern";
        }
        if (c == '"' || c == '\\') {
            return "`" + c + "`";
        }
        return String.format("the character U+%04X", (int) c);
    }
}
