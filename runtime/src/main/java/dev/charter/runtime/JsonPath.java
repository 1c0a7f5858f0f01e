package dev.charter.runtime;

/**
 * Where a value sits in a JSON document, written as reasons name it: {@code $.request.amount},
 * {@code $.chain[1]}, {@code $.request["a b"]}. Immutable. A path is only a link to its parent
 * until it is written, since one is made for every member read and almost none is ever shown; a
 * long member name is cut short when written, so that no input can make a reason long.
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private static final int LONGEST_NAME = 64;

    private final JsonPath parent;
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The member {@code name} of the object at this path; the name holds no lone surrogate. */
    JsonPath member(String name) {
        return new JsonPath(this, name, -1);
    }

    /** The element at {@code index} of the array at this path. */
    JsonPath element(int index) {
        return new JsonPath(this, null, index);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        write(out);
        return out.toString();
    }

    private void write(StringBuilder out) {
        if (parent == null) {
            out.append('$');
            return;
        }
        parent.write(out);
        if (name == null) {
            out.append('[').append(index).append(']');
        } else if (isPlain(name)) {
            out.append('.').append(name);
        } else {
            quote(name, out.append('[')).append(']');
        }
    }

    /** {@code [A-Za-z_][A-Za-z0-9_]*}, at most {@value #LONGEST_NAME} characters. */
    private static boolean isPlain(String name) {
        if (name.isEmpty() || name.length() > LONGEST_NAME || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder quote(String name, StringBuilder out) {
        int end = Math.min(name.length(), LONGEST_NAME);
        if (end < name.length() && Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        out.append('"');
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
        return out.append(end < name.length() ? "…\"" : "\"");
    }
}
