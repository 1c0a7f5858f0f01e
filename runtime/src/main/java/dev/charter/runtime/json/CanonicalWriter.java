package dev.charter.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.erdtman.jcs.NumberToJSON;

/**
 * Writes RFC 8785 canonical JSON as it goes, without building a tree: what decision records,
 * traces and requests are rendered with, once per decision, so it must cost little more than
 * appending their text.
 *
 * <p>The writer does not sort: callers emit an object's members in ascending order of their
 * names' UTF-16 code units, as RFC 8785 section 3.2.3 orders them. Objects whose member names are
 * fixed list them in that order in code; objects with names from outside (request attributes, the
 * trace's attribute paths) sort them first. Strings get the minimal escaping of ECMAScript's
 * {@code JSON.stringify} (a lone surrogate, which has no UTF-8 form, as a {@code \\u} escape, so
 * that no string is ever altered on its way to bytes); exact numbers are written exactly, in the
 * form {@link CanonicalJson#numberText} describes, exactly as {@link CanonicalJson} writes a
 * Jackson tree (it writes trees through this class). Not thread-safe; one writer per rendering.
 *
 * <p>With assertions enabled, as in tests, the writer checks that order: a member whose name does
 * not come after the one before it in the same object fails an assertion.
 */
public final class CanonicalWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Larger buffers are not kept for the next rendering, so that one huge trace does not stay in memory. */
    private static final int KEPT_CAPACITY = 1 << 14;
    /**
     * Each thread's spare buffer: a rendering borrows it (the slot is empty meanwhile, so a
     * rendering inside a rendering gets its own) and gives it back, which spares allocating and
     * zeroing a fresh buffer, and growing it, for every decision.
     */
    private static final ThreadLocal<StringBuilder[]> SPARE = ThreadLocal.withInitial(() -> new StringBuilder[1]);

    private final StringBuilder out;
    /** Whether the next member or element follows another in its object or array. */
    private boolean separate;
    /**
     * The name of the last member written in each open object, innermost last, {@code null} before
     * its first member; kept only when assertions are enabled, to check the members' order.
     */
    private List<String> lastNames;

    /** A writer that appends to {@code out}. */
    public CanonicalWriter(StringBuilder out) {
        this.out = out;
    }

    public CanonicalWriter() {
        this(new StringBuilder(1024));
    }

    /** The text {@code body} writes, rendered in the calling thread's spare buffer. */
    public static String render(Consumer<CanonicalWriter> body) {
        StringBuilder[] spare = SPARE.get();
        StringBuilder buffer = spare[0];
        spare[0] = null;
        if (buffer == null) {
            buffer = new StringBuilder(2048);
        }
        try {
            body.accept(new CanonicalWriter(buffer));
            return buffer.toString();
        } finally {
            if (buffer.capacity() <= KEPT_CAPACITY) {
                buffer.setLength(0);
                spare[0] = buffer;
            }
        }
    }

    public CanonicalWriter beginObject() {
        comma();
        out.append('{');
        separate = false;
        assert objectOpened();
        return this;
    }

    public CanonicalWriter endObject() {
        out.append('}');
        separate = true;
        assert objectClosed();
        return this;
    }

    public CanonicalWriter beginArray() {
        comma();
        out.append('[');
        separate = false;
        return this;
    }

    public CanonicalWriter endArray() {
        out.append(']');
        separate = true;
        return this;
    }

    /** The next member's name; its value follows. Names must come in RFC 8785 order. */
    public CanonicalWriter name(String name) {
        assert followsLastName(name);
        comma();
        quoted(name);
        out.append(':');
        separate = false;
        return this;
    }

    /** The next member's name, known in advance; its value follows. */
    public CanonicalWriter name(Name name) {
        assert followsLastName(name.name);
        comma();
        out.append(name.json);
        separate = false;
        return this;
    }

    public CanonicalWriter string(String text) {
        comma();
        quoted(text);
        separate = true;
        return this;
    }

    /** {@code text} as a string, or {@code null} when it is null. */
    public CanonicalWriter stringOrNull(String text) {
        return text == null ? nullValue() : string(text);
    }

    public CanonicalWriter bool(boolean value) {
        comma();
        out.append(value);
        separate = true;
        return this;
    }

    public CanonicalWriter nullValue() {
        comma();
        out.append("null");
        separate = true;
        return this;
    }

    /** An integer as a JSON number: its exact digits, over the whole 64-bit range. */
    public CanonicalWriter number(long value) {
        comma();
        out.append(value);
        separate = true;
        return this;
    }

    /** An exact number as a JSON number, in the form {@link CanonicalJson#numberText} gives it. */
    public CanonicalWriter number(BigDecimal value) {
        comma();
        // An integer that fits a long is written as its digits (so is any of at most 21), the common case.
        if (value.scale() == 0 && value.precision() <= 18) {
            out.append(value.longValue());
        } else {
            out.append(CanonicalJson.numberText(value));
        }
        separate = true;
        return this;
    }

    /** A Jackson tree, its objects' members sorted, its numbers as {@link CanonicalJson} describes. */
    public CanonicalWriter tree(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> object(node);
            case ARRAY -> {
                beginArray();
                for (int i = 0; i < node.size(); i++) {
                    tree(node.get(i));
                }
                endArray();
            }
            case STRING -> string(node.textValue());
            case NUMBER -> treeNumber(node);
            case BOOLEAN -> bool(node.booleanValue());
            case NULL -> nullValue();
            default -> throw new IllegalArgumentException("no JSON form for a " + node.getNodeType() + " node");
        }
        return this;
    }

    /** A value that is already canonical JSON text, such as a decision rendered earlier. */
    public CanonicalWriter canonical(String json) {
        comma();
        out.append(json);
        separate = true;
        return this;
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private void object(JsonNode node) {
        String[] names = new String[node.size()];
        int n = 0;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names[n++] = it.next();
        }
        // String.compareTo orders by UTF-16 code units, exactly as RFC 8785 section 3.2.3 asks.
        Arrays.sort(names);
        beginObject();
        for (String name : names) {
            name(name);
            tree(node.get(name));
        }
        endObject();
    }

    /**
     * A number node: a binary floating-point one as ECMAScript writes that double (RFC 8785), an
     * exact one (integer or {@code BigDecimal}) exactly.
     */
    private void treeNumber(JsonNode node) {
        if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
            comma();
            out.append(serialize(node.doubleValue()));
            separate = true;
        } else if (node.canConvertToLong() && node.isIntegralNumber()) {
            number(node.longValue());
        } else {
            number(node.decimalValue());
        }
    }

    /** RFC 8785's form of a double; a JSON number beyond the doubles' range has none. */
    private static String serialize(double value) {
        try {
            return NumberToJSON.serializeNumber(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("a JSON number out of the range of a double has no canonical form", e);
        }
    }

    private boolean objectOpened() {
        if (lastNames == null) {
            lastNames = new ArrayList<>();
        }
        lastNames.add(null);
        return true;
    }

    private boolean objectClosed() {
        if (lastNames == null || lastNames.isEmpty()) {
            throw new AssertionError("an object closed that was never opened");
        }
        lastNames.remove(lastNames.size() - 1);
        return true;
    }

    /** Records {@code name} as its object's last member, failing if it does not come after the one before. */
    private boolean followsLastName(String name) {
        if (lastNames == null || lastNames.isEmpty()) {
            throw new AssertionError("member \"" + name + "\" written outside of any object");
        }
        // String.compareTo orders by UTF-16 code units, exactly as RFC 8785 section 3.2.3 asks.
        String previous = lastNames.set(lastNames.size() - 1, name);
        if (previous != null && previous.compareTo(name) >= 0) {
            throw new AssertionError("member \"" + name + "\" written after \"" + previous
                    + "\": RFC 8785 orders an object's members by their names' UTF-16 code units, each name once");
        }
        return true;
    }

    private void comma() {
        if (separate) {
            out.append(',');
        }
    }

    private void quoted(String s) {
        out.append('"');
        int length = s.length();
        int plain = 0; // where the characters not yet written begin
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a pair is a character, written as itself
                continue;
            }
            out.append(s, plain, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // A control character, or a lone surrogate, which has no UTF-8 form: escaped as ECMAScript 2019 does.
                default ->
                    out.append("\\u")
                            .append(HEX[c >> 12])
                            .append(HEX[(c >> 8) & 0xF])
                            .append(HEX[(c >> 4) & 0xF])
                            .append(HEX[c & 0xF]);
            }
            plain = i + 1;
        }
        if (plain == 0) {
            out.append(s); // a bulk copy
        } else {
            out.append(s, plain, length);
        }
        out.append('"');
    }

    /**
     * A member name known in advance, quoted and escaped once: objects with fixed members declare
     * theirs as constants, in RFC 8785 order.
     */
    public static final class Name {
        private final String name;
        private final String json;

        private Name(String name, String json) {
            this.name = name;
            this.json = json;
        }

        public static Name of(String name) {
            CanonicalWriter w = new CanonicalWriter(new StringBuilder(name.length() + 3));
            w.quoted(name);
            return new Name(name, w.out.append(':').toString());
        }

        @Override
        public String toString() {
            return json;
        }
    }
}
