package dev.charter.cli.tools;

import java.util.List;

/** {@code enum Name { a, b }}: the values of a string enum of a tool's schema. */
record EnumDeclaration(String name, List<String> values) {
    EnumDeclaration {
        values = List.copyOf(values);
    }
}
