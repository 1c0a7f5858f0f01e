package dev.charter.runtime.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads one JSON object member by member, knowing where it is. A signed bundle has exactly one
 * accepted spelling, so reading is strict: every member must be present with its documented JSON
 * type, and {@link #done()} refuses members nobody asked for. Errors name the JSON path.
 */
final class StrictObject {

    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    private StrictObject(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static StrictObject of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new MalformedJsonException(path, "expected an object");
        }
        return new StrictObject(node, path);
    }

    /** Reads one object with {@code reader}, then refuses members it did not read. */
    static <T> T read(JsonNode node, String path, Function<StrictObject, T> reader) {
        StrictObject object = of(node, path);
        T value = reader.apply(object);
        object.done();
        return value;
    }

    String path() {
        return path;
    }

    MalformedJsonException error(String message) {
        return new MalformedJsonException(path, message);
    }

    JsonNode node(String name) {
        JsonNode member = node.get(name);
        if (member == null) {
            throw new MalformedJsonException(path, "missing member '" + name + "'");
        }
        read.add(name);
        return member;
    }

    String at(String name) {
        return path + "." + name;
    }

    StrictObject object(String name) {
        return of(node(name), at(name));
    }

    String string(String name) {
        JsonNode member = node(name);
        if (!member.isTextual()) {
            throw new MalformedJsonException(at(name), "expected a string");
        }
        return member.textValue();
    }

    /** A string member that may be JSON {@code null}. */
    String nullableString(String name) {
        return node(name).isNull() ? null : string(name);
    }

    boolean bool(String name) {
        JsonNode member = node(name);
        if (!member.isBoolean()) {
            throw new MalformedJsonException(at(name), "expected true or false");
        }
        return member.booleanValue();
    }

    /**
     * A flag written only when set: absent is false, and the member, when present, must be
     * {@code true} (so that every value has exactly one form).
     */
    boolean flag(String name) {
        if (node.get(name) == null) {
            return false;
        }
        JsonNode member = node(name);
        if (!member.isBoolean() || !member.booleanValue()) {
            throw new MalformedJsonException(at(name), "expected true (a false flag is left out)");
        }
        return true;
    }

    int integer(String name) {
        JsonNode member = node(name);
        if (!member.isInt()) {
            throw new MalformedJsonException(at(name), "expected an integer");
        }
        return member.intValue();
    }

    /** A 64-bit integer, written as a decimal string because JSON numbers are doubles (RFC 8785). */
    long longString(String name) {
        String text = string(name);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new MalformedJsonException(at(name), "expected a 64-bit integer in a string, not '" + text + "'");
        }
    }

    /** The elements of an array member. */
    List<JsonNode> array(String name) {
        JsonNode member = node(name);
        if (!member.isArray()) {
            throw new MalformedJsonException(at(name), "expected an array");
        }
        List<JsonNode> elements = new ArrayList<>(member.size());
        member.forEach(elements::add);
        return elements;
    }

    /** An array member read element by element; {@code reader} gets each element and its path. */
    <T> List<T> list(String name, BiFunction<JsonNode, String, T> reader) {
        List<JsonNode> elements = array(name);
        List<T> values = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            values.add(reader.apply(elements.get(i), at(name) + "[" + i + "]"));
        }
        return values;
    }

    /**
     * An array member written only when it has elements: absent is empty, and the member, when
     * present, must not be empty (so that every value has exactly one form).
     */
    <T> List<T> nonEmptyList(String name, BiFunction<JsonNode, String, T> reader) {
        if (node.get(name) == null) {
            return List.of();
        }
        List<T> values = list(name, reader);
        if (values.isEmpty()) {
            throw new MalformedJsonException(at(name), "expected elements (an empty list is left out)");
        }
        return values;
    }

    /** The elements of an array member that must all be strings. */
    List<String> strings(String name) {
        List<JsonNode> elements = array(name);
        List<String> strings = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            if (!elements.get(i).isTextual()) {
                throw new MalformedJsonException(at(name) + "[" + i + "]", "expected a string");
            }
            strings.add(elements.get(i).textValue());
        }
        return strings;
    }

    /** The names of all members, for objects used as maps; each then counts as read when its value is. */
    List<String> memberNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Refuses members that were not read: an unknown member is a different format, not an extension. */
    void done() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new MalformedJsonException(path, "unexpected member '" + name + "'");
            }
        }
    }
}
