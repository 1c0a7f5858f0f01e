package dev.charter.cli.tools;

import dev.charter.compiler.parse.ActionNameSyntax;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes tool declarations as Charter text in the layout {@code charter fmt} gives them: each
 * tool's enums, its description and then each parameter's ({@code name: what it is}) as
 * {@code //} comments, then {@code action NAME { a: T, b?: U }} on one line. Nested objects are
 * written inline ({@code { a: string, b?: int }}), lists as {@code list<T>}, with {@code ...} last
 * in an object that accepts other properties.
 */
final class DeclarationWriter {

    /** The width descriptions are wrapped to, as {@code charter fmt} lays out code. */
    static final int WIDTH = 100;

    private DeclarationWriter() {}

    static String write(String header, List<ToolDeclaration> tools) {
        StringBuilder out = new StringBuilder();
        comment(out, "", header);
        for (ToolDeclaration tool : tools) {
            out.append('\n');
            for (EnumDeclaration e : tool.enums()) {
                out.append("enum ")
                        .append(e.name())
                        .append(" { ")
                        .append(String.join(", ", e.values()))
                        .append(" }\n");
            }
            if (!tool.enums().isEmpty()) {
                out.append('\n');
            }
            comment(out, "", tool.description());
            for (ParamType.Field field : tool.parameters().fields()) {
                if (!field.description().isBlank()) {
                    comment(out, "", field.name() + ": " + field.description());
                }
            }
            out.append("action ")
                    .append(ActionNameSyntax.written(tool.name()))
                    .append(' ')
                    .append(object(tool.parameters()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String field(ParamType.Field field) {
        return field.name() + (field.optional() ? "?" : "") + ": " + type(field.type());
    }

    static String type(ParamType type) {
        if (type instanceof ParamType.Scalar s) {
            return s.keyword();
        }
        if (type instanceof ParamType.EnumRef e) {
            return e.name();
        }
        if (type instanceof ParamType.ListType l) {
            return "list<" + type(l.element()) + (l.explicit() ? ", " + l.maxItems() : "") + ">";
        }
        return object((ParamType.ObjectType) type);
    }

    private static String object(ParamType.ObjectType object) {
        String fields = object.fields().stream().map(DeclarationWriter::field).collect(Collectors.joining(", "));
        if (object.open()) {
            fields = fields.isEmpty() ? "..." : fields + ", ...";
        }
        return fields.isEmpty() ? "{}" : "{ " + fields + " }";
    }

    /**
     * {@code text} as line comments: each of its lines, wrapped at spaces to fit {@link #WIDTH}
     * columns where it can be; control and format characters (which could hide text) become spaces.
     */
    private static void comment(StringBuilder out, String indent, String text) {
        if (text.isBlank()) {
            return;
        }
        for (String line : text.strip().split("\\R")) {
            String clean = line.codePoints()
                    .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString()
                    .strip();
            if (clean.isEmpty()) {
                out.append(indent).append("//\n");
                continue;
            }
            StringBuilder current = new StringBuilder();
            for (String word : clean.split(" +")) {
                if (current.length() > 0 && indent.length() + 3 + current.length() + 1 + word.length() > WIDTH) {
                    out.append(indent).append("// ").append(current).append('\n');
                    current.setLength(0);
                }
                current.append(current.length() > 0 ? " " : "").append(word);
            }
            out.append(indent).append("// ").append(current).append('\n');
        }
    }
}
