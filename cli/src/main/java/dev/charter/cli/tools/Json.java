package dev.charter.cli.tools;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A JSON value read from a tools file, each knowing where it starts ({@link Position}), so that a
 * diagnostic about a schema can point at the text responsible. Objects keep their members in
 * the order written.
 */
sealed interface Json {

    Position position();

    /** What the value is, in words for messages: "an object", "a string", ... */
    String kind();

    /** Line and column (both 1-based) where a value or a member's name starts. */
    record Position(int line, int column) {}

    record Member(String name, Position namePosition, Json value) {}

    record JsonObject(List<Member> members, Position position) implements Json {
        public JsonObject {
            members = List.copyOf(members);
        }

        Optional<Member> member(String name) {
            return members.stream().filter(m -> m.name().equals(name)).findFirst();
        }

        Optional<Json> get(String name) {
            return member(name).map(Member::value);
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    record JsonArray(List<Json> elements, Position position) implements Json {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    record JsonString(String value, Position position) implements Json {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /** A number as written, exactly; {@code integral} when it has no fraction or exponent. */
    record JsonNumber(BigDecimal value, boolean integral, Position position) implements Json {
        @Override
        public String kind() {
            return "a number";
        }
    }

    record JsonBoolean(boolean value, Position position) implements Json {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    record JsonNull(Position position) implements Json {
        @Override
        public String kind() {
            return "null";
        }
    }
}
