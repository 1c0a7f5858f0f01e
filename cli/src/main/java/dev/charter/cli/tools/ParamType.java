package dev.charter.cli.tools;

import java.util.List;

/** The Charter type a JSON Schema maps to, as {@link DeclarationWriter} writes it. */
sealed interface ParamType {

    /** A built-in type: {@code string}, {@code int}, {@code decimal}, {@code bool} or {@code date}. */
    record Scalar(String keyword) implements ParamType {}

    /** An enum declared beside the action ({@link EnumDeclaration}), named {@code name}. */
    record EnumRef(String name) implements ParamType {}

    /** An inline object type {@code { a: T, b?: U }}; {@code open} when it ends with {@code ...}. */
    record ObjectType(List<Field> fields, boolean open) implements ParamType {
        public ObjectType {
            fields = List.copyOf(fields);
        }
    }

    /** {@code list<T>}, at most {@code maxItems} elements; {@code explicit} when the schema gave the bound. */
    record ListType(ParamType element, int maxItems, boolean explicit) implements ParamType {}

    /** One parameter or nested field; {@code description} is the schema's, or empty. */
    record Field(String name, boolean optional, ParamType type, String description) {}

    static ParamType string() {
        return new Scalar("string");
    }
}
