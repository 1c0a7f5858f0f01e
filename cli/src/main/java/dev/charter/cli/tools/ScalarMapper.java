package dev.charter.cli.tools;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the scalar schemas of one tool (string, integer, number, boolean, and a string of format
 * date) to Charter scalars, and their {@code enum}s to enum declarations named after the tool and
 * the property path where Charter can hold them.
 */
final class ScalarMapper {

    private final String tool;
    private final SchemaProblems problems;
    private final ToolReport report;
    private final EnumNames enumNames;
    private final List<EnumDeclaration> enums = new ArrayList<>();

    ScalarMapper(SchemaProblems problems, EnumNames enumNames) {
        this.tool = problems.tool();
        this.problems = problems;
        this.report = problems.report();
        this.enumNames = enumNames;
    }

    /** The enums declared so far, in the order they were met. */
    List<EnumDeclaration> enums() {
        return enums;
    }

    /** The scalar or enum type of a string, integer, number or boolean schema ({@code kind}). */
    Optional<ParamType> scalar(String kind, Json.JsonObject schema, JsonPointer at, List<String> path) {
        String keyword = switch (kind) {
            case "integer" -> "int";
            case "number" -> "decimal";
            case "boolean" -> "bool";
            default -> "string";
        };
        Optional<Json.Member> format = schema.member("format");
        if (format.isPresent() && kind.equals("string")) {
            if (format.get().value() instanceof Json.JsonString f && f.value().equals("date")) {
                keyword = "date";
            } else {
                report.report(
                        ImportCode.UNENFORCED_CONSTRAINT,
                        format.get().namePosition(),
                        at.then("format"),
                        problems.subject(path) + ": format " + text(format.get().value())
                                + " is not enforced by the declaration",
                        "declared as a string; only \"format\": \"date\" has a Charter type (date)");
            }
        }
        Optional<Json.Member> values = schema.member("enum");
        if (values.isEmpty()) {
            return Optional.of(new ParamType.Scalar(keyword));
        }
        if (!(values.get().value() instanceof Json.JsonArray array)) {
            return problems.unsupported(
                    values.get().namePosition(), at.then("enum"), path, "`enum` must be an array", null);
        }
        return enumeration(kind, keyword, array, values.get(), at.then("enum"), path);
    }

    private Optional<ParamType> enumeration(
            String kind, String keyword, Json.JsonArray array, Json.Member member, JsonPointer at, List<String> path) {
        Set<String> names = new LinkedHashSet<>();
        boolean allNames = true;
        for (Json value : array.elements()) {
            if (value instanceof Json.JsonNull) {
                continue;
            }
            boolean fits = switch (kind) {
                case "string" -> value instanceof Json.JsonString;
                case "integer" -> value instanceof Json.JsonNumber n && n.integral();
                case "number" -> value instanceof Json.JsonNumber;
                default -> value instanceof Json.JsonBoolean;
            };
            if (!fits) {
                return problems.unsupported(
                        value.position(),
                        at,
                        path,
                        "enum value " + text(value) + " is not of the schema's type (" + kind + ")",
                        "an enum of mixed types has no Charter type");
            }
            if (value instanceof Json.JsonString s) {
                names.add(s.value());
                allNames &= CharterNames.isIdentifier(s.value());
            }
        }
        if (names.isEmpty() && !kind.equals("string")) {
            report.report(
                    ImportCode.ENUM_AS_TYPE,
                    member.namePosition(),
                    at,
                    problems.subject(path) + ": an enum of " + kind + " values cannot be a Charter enum",
                    "declared as " + keyword + ": its values are not restricted; write a rule with `in { ... }`");
            return Optional.of(new ParamType.Scalar(keyword));
        }
        if (names.isEmpty() || !allNames) {
            String bad = names.stream()
                    .filter(n -> !CharterNames.isIdentifier(n))
                    .findFirst()
                    .map(n -> "value \"" + n + "\" cannot be a Charter enum value")
                    .orElse("it has no values");
            report.report(
                    ImportCode.ENUM_AS_TYPE,
                    member.namePosition(),
                    at,
                    problems.subject(path) + ": the enum cannot be a Charter enum: " + bad,
                    "declared as string: its values are not restricted; write a rule with `in { ... }`");
            return Optional.of(ParamType.string());
        }
        List<String> parts = new ArrayList<>();
        parts.add(tool);
        parts.addAll(path);
        EnumDeclaration declaration =
                new EnumDeclaration(enumNames.claim(CharterNames.typeName(parts)), List.copyOf(names));
        enums.add(declaration);
        return Optional.of(new ParamType.EnumRef(declaration.name()));
    }

    /** A JSON value as a message quotes it. */
    private static String text(Json value) {
        if (value instanceof Json.JsonString s) {
            return "\"" + s.value() + "\"";
        }
        if (value instanceof Json.JsonNumber n) {
            return n.value().toPlainString();
        }
        if (value instanceof Json.JsonBoolean b) {
            return String.valueOf(b.value());
        }
        return value.kind();
    }
}
