package dev.charter.cli.tools;

import java.util.Set;

/**
 * The JSON Schema keywords the import knows, each with what the mapping does about it (tabled in
 * {@code docs/tools-import.md}): reads it, ignores it as an annotation, warns that the declaration
 * does not enforce it, or refuses the schema. Any other keyword is unknown and ignored with a
 * warning.
 */
final class SchemaKeywords {

    /** What the mapping does about one keyword. */
    enum Role {
        /** It only annotates: it never changes which arguments are valid. */
        ANNOTATION,
        /** The mapping reads it. */
        MAPPED,
        /** A validation keyword a declaration does not enforce: the declaration accepts more than the schema. */
        UNENFORCED,
        /** Its meaning no declaration can hold. */
        UNSUPPORTED,
        /** Not a keyword the import knows. */
        UNKNOWN
    }

    /** Keywords that only annotate: they never change which arguments are valid. */
    private static final Set<String> ANNOTATIONS = Set.of(
            "$schema",
            "$id",
            "$comment",
            "$defs",
            "definitions",
            "title",
            "description",
            "default",
            "examples",
            "deprecated",
            "readOnly",
            "writeOnly",
            "contentMediaType");

    /** Keywords the mapping reads. */
    private static final Set<String> MAPPED = Set.of(
            "type",
            "properties",
            "required",
            "additionalProperties",
            "items",
            "maxItems",
            "enum",
            "format",
            "$ref",
            "anyOf",
            "oneOf",
            "nullable");

    /** Validation keywords a declaration does not enforce: the declaration accepts more than the schema. */
    private static final Set<String> UNENFORCED = Set.of(
            "minLength",
            "maxLength",
            "pattern",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "minItems",
            "uniqueItems",
            "minProperties",
            "maxProperties",
            "contentEncoding");

    /** Keywords whose meaning no declaration can hold. */
    private static final Set<String> UNSUPPORTED = Set.of(
            "allOf",
            "not",
            "if",
            "then",
            "else",
            "const",
            "patternProperties",
            "dependencies",
            "dependentSchemas",
            "dependentRequired",
            "prefixItems",
            "additionalItems",
            "contains",
            "minContains",
            "maxContains",
            "propertyNames",
            "unevaluatedProperties",
            "unevaluatedItems",
            "$dynamicRef",
            "$recursiveRef");

    private SchemaKeywords() {}

    static Role role(String keyword) {
        if (ANNOTATIONS.contains(keyword)) {
            return Role.ANNOTATION;
        }
        if (MAPPED.contains(keyword)) {
            return Role.MAPPED;
        }
        if (UNSUPPORTED.contains(keyword)) {
            return Role.UNSUPPORTED;
        }
        return UNENFORCED.contains(keyword) ? Role.UNENFORCED : Role.UNKNOWN;
    }
}
