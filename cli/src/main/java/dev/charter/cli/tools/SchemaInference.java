package dev.charter.cli.tools;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** What a schema's own keywords say of its values before it is mapped: its type when it gives none, null among them. */
final class SchemaInference {

    private SchemaInference() {}

    /**
     * The type a schema without {@code type} implies: object by its object keywords, array by
     * {@code items}, or the one type of its {@code enum} values (number for integers and numbers).
     */
    static Optional<String> inferredType(Json.JsonObject schema) {
        if (schema.member("properties").isPresent()
                || schema.member("additionalProperties").isPresent()
                || schema.member("required").isPresent()) {
            return Optional.of("object");
        }
        if (schema.member("items").isPresent()) {
            return Optional.of("array");
        }
        if (schema.get("enum").orElse(null) instanceof Json.JsonArray values) {
            Set<String> kinds = valueKinds(values);
            if (kinds.equals(Set.of("integer", "number"))) {
                return Optional.of("number");
            }
            return kinds.size() == 1 && !kinds.contains("object") && !kinds.contains("array")
                    ? Optional.of(kinds.iterator().next())
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** The JSON Schema types of an enum's values other than null, in the order they first appear. */
    static Set<String> valueKinds(Json.JsonArray values) {
        Set<String> kinds = new LinkedHashSet<>();
        for (Json v : values.elements()) {
            if (v instanceof Json.JsonString) {
                kinds.add("string");
            } else if (v instanceof Json.JsonNumber n) {
                kinds.add(n.integral() ? "integer" : "number");
            } else if (v instanceof Json.JsonBoolean) {
                kinds.add("boolean");
            } else if (v instanceof Json.JsonArray) {
                kinds.add("array");
            } else if (v instanceof Json.JsonObject) {
                kinds.add("object");
            }
        }
        return kinds;
    }

    /** Whether the schema's {@code enum} lists {@code null}. */
    static boolean enumAdmitsNull(Json.JsonObject schema) {
        return schema.get("enum").orElse(null) instanceof Json.JsonArray values
                && values.elements().stream().anyMatch(v -> v instanceof Json.JsonNull);
    }

    /** Whether the schema is exactly {@code {"type": "null"}}. */
    static boolean isNullSchema(Json schema) {
        return schema instanceof Json.JsonObject object
                && object.members().size() == 1
                && object.get("type")
                        .filter(t -> t instanceof Json.JsonString s && s.value().equals("null"))
                        .isPresent();
    }
}
