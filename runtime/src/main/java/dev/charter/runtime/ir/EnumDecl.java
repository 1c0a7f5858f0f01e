package dev.charter.runtime.ir;

import java.util.List;

/** {@code enum Name { a, b, c }}. */
public record EnumDecl(EnumType type, List<String> values, SourceSpan span) {

    public EnumDecl {
        values = List.copyOf(values);
    }

    public String name() {
        return type.name();
    }
}
