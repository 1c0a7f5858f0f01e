package dev.charter.cli.tools;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps one tool's {@code inputSchema} (JSON Schema) to Charter parameter types, reporting to a
 * {@link ToolReport} every keyword it cannot represent exactly: an error when no declaration
 * could mean what the schema means (the tool is then left out), a warning naming the
 * approximation otherwise. The mapping and each decision are tabled in {@code docs/tools-import.md}.
 */
final class SchemaMapper {

    /** The bound of a list whose schema gives no {@code maxItems}: the language's default. */
    static final int DEFAULT_LIST_BOUND = 64;

    private final Json.JsonObject root;
    private final JsonPointer rootPointer;
    private final ToolReport report;
    private final SchemaProblems problems;
    private final ScalarMapper scalars;
    private final Deque<String> references = new ArrayDeque<>();

    private SchemaMapper(
            String tool, Json.JsonObject root, JsonPointer rootPointer, ToolReport report, EnumNames enumNames) {
        this.root = root;
        this.rootPointer = rootPointer;
        this.report = report;
        this.problems = new SchemaProblems(tool, report);
        this.scalars = new ScalarMapper(problems, enumNames);
    }

    /**
     * The tool's declaration, or empty when its schema has an error (reported). {@code enumNames}
     * is shared by every tool of one import, so that their enums get distinct names.
     */
    static Optional<ToolDeclaration> map(
            String tool,
            String description,
            Json.JsonObject inputSchema,
            JsonPointer pointer,
            ToolReport report,
            EnumNames enumNames) {
        SchemaMapper mapper = new SchemaMapper(tool, inputSchema, pointer, report, enumNames);
        Optional<Typed> typed = mapper.schema(inputSchema, pointer, List.of());
        if (typed.isPresent() && !(typed.get().type() instanceof ParamType.ObjectType)) {
            report.report(
                    ImportCode.UNSUPPORTED_SCHEMA,
                    inputSchema.position(),
                    pointer,
                    "the input schema of tool `" + tool + "` is not an object schema",
                    "a tool's arguments are an object: give the schema \"type\": \"object\"");
        }
        if (typed.isEmpty() || report.hasErrors()) {
            enumNames.release(mapper.scalars.enums());
            return Optional.empty();
        }
        return Optional.of(new ToolDeclaration(
                tool, description, (ParamType.ObjectType) typed.get().type(), mapper.scalars.enums()));
    }

    /** A mapped schema, and whether it also admits {@code null}. */
    private record Typed(ParamType type, boolean nullable) {}

    private Optional<Typed> schema(Json value, JsonPointer at, List<String> path) {
        if (value instanceof Json.JsonBoolean b) {
            return problems.unsupported(
                    value.position(),
                    at,
                    path,
                    "the boolean schema `" + b.value() + "` " + (b.value() ? "allows any value" : "allows no value"),
                    null);
        }
        if (!(value instanceof Json.JsonObject schema)) {
            return problems.unsupported(
                    value.position(), at, path, "a schema must be an object, not " + value.kind(), null);
        }
        if (!checkKeywords(schema, at, path)) {
            return Optional.empty();
        }
        Optional<Json.Member> ref = schema.member("$ref");
        if (ref.isPresent()) {
            return reference(schema, ref.get(), at, path);
        }
        Optional<Json.Member> union = schema.member("anyOf").or(() -> schema.member("oneOf"));
        if (union.isPresent()) {
            return nullableUnion(union.get(), at.then(union.get().name()), path);
        }
        boolean nullable = schema.get("nullable")
                .map(n -> n instanceof Json.JsonBoolean b && b.value())
                .orElse(false);
        Optional<Json.Member> type = schema.member("type");
        String kind;
        if (type.isEmpty()) {
            Optional<String> inferred = SchemaInference.inferredType(schema);
            if (inferred.isEmpty() && schema.get("enum").orElse(null) instanceof Json.JsonArray values) {
                return problems.unsupported(
                        schema.member("enum").get().namePosition(),
                        at.then("enum"),
                        path,
                        "an enum of " + String.join(" and ", SchemaInference.valueKinds(values))
                                + " values has no Charter type",
                        null);
            }
            if (inferred.isEmpty()) {
                return problems.unsupported(
                        schema.position(),
                        at,
                        path,
                        "the schema gives no `type`, so it allows any JSON value",
                        "give the property a \"type\"");
            }
            kind = inferred.get();
        } else if (type.get().value() instanceof Json.JsonString s) {
            kind = s.value();
        } else if (type.get().value() instanceof Json.JsonArray types) {
            List<String> kinds = new ArrayList<>();
            for (Json t : types.elements()) {
                if (!(t instanceof Json.JsonString s)) {
                    return problems.unsupported(
                            t.position(), at.then("type"), path, "a type must be a string, not " + t.kind(), null);
                }
                if (s.value().equals("null")) {
                    nullable = true;
                } else {
                    kinds.add(s.value());
                }
            }
            if (kinds.size() != 1) {
                return problems.unsupported(
                        type.get().namePosition(),
                        at.then("type"),
                        path,
                        "a value of several types (" + String.join(", ", kinds) + ") has no Charter type",
                        null);
            }
            kind = kinds.get(0);
        } else {
            return problems.unsupported(
                    type.get().namePosition(),
                    at.then("type"),
                    path,
                    "`type` must be a string or an array, not "
                            + type.get().value().kind(),
                    null);
        }
        if ((kind.equals("object") || kind.equals("array"))
                && schema.member("enum").isPresent()) {
            return problems.unsupported(
                    schema.member("enum").get().namePosition(),
                    at.then("enum"),
                    path,
                    "an enum of " + kind + " values has no Charter type",
                    null);
        }
        Optional<ParamType> mapped = switch (kind) {
            case "object" -> object(schema, at, path);
            case "array" -> list(schema, at, path);
            case "string", "integer", "number", "boolean" -> scalars.scalar(kind, schema, at, path);
            case "null" ->
                problems.unsupported(
                        schema.position(), at, path, "a value that can only be null has no Charter type", null);
            default ->
                problems.unsupported(
                        type.map(Json.Member::namePosition).orElse(schema.position()),
                        at.then("type"),
                        path,
                        "unknown type \"" + kind + "\"",
                        null);
        };
        boolean orNull = nullable || SchemaInference.enumAdmitsNull(schema);
        return mapped.map(t -> new Typed(t, orNull));
    }

    /** Reports the keywords the mapping does not read; false when one of them cannot be declared. */
    private boolean checkKeywords(Json.JsonObject schema, JsonPointer at, List<String> path) {
        boolean declarable = true;
        for (Json.Member member : schema.members()) {
            String keyword = member.name();
            SchemaKeywords.Role role = SchemaKeywords.role(keyword);
            if (role == SchemaKeywords.Role.ANNOTATION || role == SchemaKeywords.Role.MAPPED) {
                continue;
            }
            JsonPointer where = at.then(keyword);
            if (role == SchemaKeywords.Role.UNSUPPORTED) {
                report.report(
                        ImportCode.UNSUPPORTED_SCHEMA,
                        member.namePosition(),
                        where,
                        problems.subject(path) + ": `" + keyword + "` cannot be declared in Charter",
                        null);
                declarable = false;
            } else if (role == SchemaKeywords.Role.UNENFORCED) {
                report.report(
                        ImportCode.UNENFORCED_CONSTRAINT,
                        member.namePosition(),
                        where,
                        problems.subject(path) + ": `" + keyword + "` is not enforced by the declaration",
                        "the declaration accepts values the schema rejects; write a rule to check it");
            } else {
                report.report(
                        ImportCode.UNKNOWN_KEYWORD,
                        member.namePosition(),
                        where,
                        problems.subject(path) + ": unknown keyword `" + keyword + "` is ignored",
                        null);
            }
        }
        return declarable;
    }

    private Optional<Typed> reference(Json.JsonObject schema, Json.Member ref, JsonPointer at, List<String> path) {
        JsonPointer where = at.then("$ref");
        for (Json.Member member : schema.members()) {
            if (SchemaKeywords.role(member.name()) != SchemaKeywords.Role.ANNOTATION
                    && !member.name().equals("$ref")) {
                return problems.unsupported(
                        member.namePosition(),
                        at.then(member.name()),
                        path,
                        "`" + member.name() + "` beside `$ref` cannot be declared in Charter",
                        null);
            }
        }
        if (!(ref.value() instanceof Json.JsonString target)) {
            return problems.unsupported(ref.namePosition(), where, path, "`$ref` must be a string", null);
        }
        Optional<LocalReference.Target> resolved = LocalReference.resolve(root, rootPointer, target.value());
        if (resolved.isEmpty()) {
            return problems.unsupported(
                    ref.namePosition(),
                    where,
                    path,
                    "`$ref` \"" + target.value() + "\" cannot be resolved",
                    "only references into the tool's own schema (\"#/$defs/...\", \"#/definitions/...\") are followed");
        }
        if (references.contains(target.value())) {
            return problems.unsupported(
                    ref.namePosition(),
                    where,
                    path,
                    "`$ref` \"" + target.value() + "\" is recursive, and a declaration is finite",
                    null);
        }
        references.push(target.value());
        try {
            return schema(resolved.get().schema(), resolved.get().pointer(), path);
        } finally {
            references.pop();
        }
    }

    /** {@code anyOf}/{@code oneOf} of one schema and {@code {"type": "null"}}: that schema, nullable. */
    private Optional<Typed> nullableUnion(Json.Member union, JsonPointer at, List<String> path) {
        if (union.value() instanceof Json.JsonArray branches
                && branches.elements().size() == 2) {
            List<Json> elements = branches.elements();
            for (int i = 0; i < 2; i++) {
                if (SchemaInference.isNullSchema(elements.get(i))) {
                    int other = 1 - i;
                    return schema(elements.get(other), at.then(other), path).map(t -> new Typed(t.type(), true));
                }
            }
        }
        return problems.unsupported(
                union.namePosition(),
                at,
                path,
                "`" + union.name() + "` cannot be declared in Charter",
                "only a union of one schema with {\"type\": \"null\"} is imported (as an optional parameter)");
    }

    private Optional<ParamType> object(Json.JsonObject schema, JsonPointer at, List<String> path) {
        List<String> required = new ArrayList<>();
        Optional<Json.Member> requiredMember = schema.member("required");
        if (requiredMember.isPresent()) {
            if (!(requiredMember.get().value() instanceof Json.JsonArray names)) {
                return problems.unsupported(
                        requiredMember.get().namePosition(),
                        at.then("required"),
                        path,
                        "`required` must be an array of property names",
                        null);
            }
            for (Json name : names.elements()) {
                if (!(name instanceof Json.JsonString s)) {
                    return problems.unsupported(
                            name.position(),
                            at.then("required"),
                            path,
                            "`required` must list property names, not " + name.kind(),
                            null);
                }
                required.add(s.value());
            }
        }
        List<ParamType.Field> fields = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>();
        boolean failed = false;
        Optional<Json.Member> propertiesMember = schema.member("properties");
        if (propertiesMember.isPresent()) {
            if (!(propertiesMember.get().value() instanceof Json.JsonObject properties)) {
                return problems.unsupported(
                        propertiesMember.get().namePosition(),
                        at.then("properties"),
                        path,
                        "`properties` must be an object",
                        null);
            }
            for (Json.Member property : properties.members()) {
                JsonPointer where = at.then("properties").then(property.name());
                List<String> inner = append(path, property.name());
                declared.add(property.name());
                if (!CharterNames.isIdentifier(property.name())) {
                    report.report(
                            ImportCode.INVALID_PROPERTY_NAME,
                            property.namePosition(),
                            where,
                            problems.subject(path) + ": property name \"" + property.name()
                                    + "\" cannot be a Charter parameter name",
                            "a parameter name is a lower-case name ([a-z_][A-Za-z0-9_]*) that is not a keyword");
                    failed = true;
                    continue;
                }
                Optional<Typed> typed = schema(property.value(), where, inner);
                if (typed.isEmpty()) {
                    failed = true;
                    continue;
                }
                boolean isRequired = required.contains(property.name());
                if (isRequired && typed.get().nullable()) {
                    report.report(
                            ImportCode.NULLABLE_REQUIRED,
                            property.namePosition(),
                            where,
                            problems.subject(inner) + ": required but may be null",
                            "declared optional (`" + property.name() + "?:`): a request that leaves it out is "
                                    + "accepted too");
                }
                fields.add(new ParamType.Field(
                        property.name(),
                        !isRequired || typed.get().nullable(),
                        typed.get().type(),
                        description(property.value())));
            }
        }
        for (String name : required) {
            if (!declared.contains(name)) {
                report.report(
                        ImportCode.UNSUPPORTED_SCHEMA,
                        requiredMember.get().namePosition(),
                        at.then("required"),
                        problems.subject(path) + ": required property \"" + name + "\" has no schema in `properties`",
                        "a property of any type cannot be declared; add it to `properties` with a type");
                failed = true;
            }
        }
        if (failed) {
            return Optional.empty();
        }
        return Optional.of(new ParamType.ObjectType(fields, open(schema, at, path)));
    }

    /**
     * Whether the object accepts properties it does not list. An absent {@code additionalProperties}
     * is read as {@code false} (fail closed; see {@code docs/tools-import.md}).
     */
    private boolean open(Json.JsonObject schema, JsonPointer at, List<String> path) {
        Optional<Json.Member> extra = schema.member("additionalProperties");
        if (extra.isEmpty()) {
            return false;
        }
        Json value = extra.get().value();
        if (value instanceof Json.JsonBoolean b) {
            return b.value();
        }
        if (value instanceof Json.JsonObject constraint && constraint.members().isEmpty()) {
            return true;
        }
        report.report(
                ImportCode.OPEN_PROPERTIES,
                extra.get().namePosition(),
                at.then("additionalProperties"),
                problems.subject(path)
                        + ": the schema of the other properties (`additionalProperties`) cannot be declared",
                "declared open (`...`): other properties are accepted, whatever their values");
        return true;
    }

    private Optional<ParamType> list(Json.JsonObject schema, JsonPointer at, List<String> path) {
        Optional<Json.Member> items = schema.member("items");
        if (items.isEmpty()) {
            return problems.unsupported(
                    schema.position(),
                    at,
                    path,
                    "the array has no `items` schema, so it allows any elements",
                    "give the array an \"items\" schema");
        }
        if (items.get().value() instanceof Json.JsonArray) {
            return problems.unsupported(
                    items.get().namePosition(),
                    at.then("items"),
                    path,
                    "a tuple (`items` as an array) cannot be declared in Charter",
                    null);
        }
        Optional<Typed> element = schema(items.get().value(), at.then("items"), path);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        if (element.get().nullable()) {
            return problems.unsupported(
                    items.get().namePosition(),
                    at.then("items"),
                    path,
                    "a list whose elements may be null cannot be declared in Charter",
                    null);
        }
        Optional<Json.Member> max = schema.member("maxItems");
        if (max.isEmpty()) {
            report.report(
                    ImportCode.UNBOUNDED_LIST,
                    schema.position(),
                    at,
                    problems.subject(path) + ": the array has no `maxItems`",
                    "declared with the default bound: a request with more than " + DEFAULT_LIST_BOUND
                            + " elements is denied");
            return Optional.of(new ParamType.ListType(element.get().type(), DEFAULT_LIST_BOUND, false));
        }
        if (!(max.get().value() instanceof Json.JsonNumber n)
                || !n.integral()
                || n.value().signum() < 0
                || n.value().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return problems.unsupported(
                    max.get().namePosition(),
                    at.then("maxItems"),
                    path,
                    "`maxItems` must be a whole number from 0 to " + Integer.MAX_VALUE,
                    null);
        }
        return Optional.of(
                new ParamType.ListType(element.get().type(), n.value().intValueExact(), true));
    }

    private static List<String> append(List<String> path, String step) {
        List<String> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static String description(Json schema) {
        return schema instanceof Json.JsonObject object
                        && object.get("description").orElse(null) instanceof Json.JsonString s
                ? s.value()
                : "";
    }
}
