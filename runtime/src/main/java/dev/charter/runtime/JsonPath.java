package dev.charter.runtime;

import java.util.regex.Pattern;

/**
 * Where a value sits in a JSON document, written as reasons name it: {@code $.request.amount},
 * {@code $.chain[1]}, {@code $.request["a b"]}. Immutable; a long member name is cut short so that
 * no input can make a reason long.
 */
record JsonPath(String text) {

    static final JsonPath ROOT = new JsonPath("$");

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int LONGEST_NAME = 64;

    /** The member {@code name} of the object at this path; the name holds no lone surrogate. */
    JsonPath member(String name) {
        if (name.length() <= LONGEST_NAME && PLAIN.matcher(name).matches()) {
            return new JsonPath(text + "." + name);
        }
        return new JsonPath(text + "[" + quoted(name) + "]");
    }

    /** The element at {@code index} of the array at this path. */
    JsonPath element(int index) {
        return new JsonPath(text + "[" + index + "]");
    }

    private static String quoted(String name) {
        int end = Math.min(name.length(), LONGEST_NAME);
        if (end < name.length() && Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 8).append('"');
        for (int i = 0; i < end; i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(end < name.length() ? "…\"" : "\"").toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
