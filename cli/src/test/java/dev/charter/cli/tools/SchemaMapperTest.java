package dev.charter.cli.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Schema to declaration mapping, one feature at a time (the table of docs/tools-import.md). */
class SchemaMapperTest {

    /** The declarations of one tool named {@code t} with {@code schema} as its input schema, header left out. */
    private static ToolsImport.Result importOne(String schema) {
        return ToolsImport.run("tools.json", "{\"tools\": [{\"name\": \"t\", \"inputSchema\": " + schema + "}]}");
    }

    private static String body(ToolsImport.Result result) {
        String text = result.declarations();
        return text.substring(text.indexOf("\n\n") + 2);
    }

    private static List<String> codes(ToolsImport.Result result) {
        return result.diagnostics().stream()
                .map(d -> d.code().code() + " " + d.pointer())
                .toList();
    }

    @Test
    void json_types_map_to_charter_types_and_required_properties_to_required_parameters() {
        ToolsImport.Result result = importOne("""
                {"type": "object", "required": ["s", "i"], "properties": {
                  "s": {"type": "string"}, "i": {"type": "integer"}, "n": {"type": "number"},
                  "b": {"type": "boolean"}, "d": {"type": "string", "format": "date"}}}""");
        assertEquals("""
                action t { s: string, i: int, n?: decimal, b?: bool, d?: date }
                """, body(result));
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void a_nested_object_is_an_inline_object_type_and_keeps_its_own_required_list() {
        ToolsImport.Result result = importOne("""
                {"type": "object", "required": ["address"], "properties": {"address": {"type": "object",
                  "required": ["city"], "properties": {"city": {"type": "string"}, "zip": {"type": "string"}}}}}""");
        assertEquals("action t { address: { city: string, zip?: string } }\n", body(result));
    }

    @Test
    void an_array_is_a_list_bounded_by_max_items_or_by_the_default_with_a_warning() {
        ToolsImport.Result bounded = importOne("""
                {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3}}}""");
        assertEquals("action t { tags?: list<string, 3> }\n", body(bounded));
        assertEquals(List.of(), bounded.diagnostics());
        ToolsImport.Result unbounded = importOne("""
                {"type": "object", "properties": {"lines": {"type": "array", "items":
                  {"type": "object", "required": ["sku"], "properties": {"sku": {"type": "string"}, "qty": {"type": "integer"}}}}}}""");
        assertEquals("action t { lines?: list<{ sku: string, qty?: int }> }\n", body(unbounded));
        assertEquals(List.of("unbounded-list /tools/0/inputSchema/properties/lines"), codes(unbounded));
        assertFalse(unbounded.hasErrors());
    }

    @Test
    void a_string_enum_is_an_enum_named_after_the_tool_and_the_property() {
        ToolsImport.Result result = ToolsImport.run("tools.json", """
                {"tools": [
                  {"name": "list-dir", "inputSchema": {"type": "object", "properties": {"sort_by": {"enum": ["name", "size"]}}}},
                  {"name": "list_dir", "inputSchema": {"type": "object", "properties": {"sortBy": {"type": "string", "enum": ["name"]}}}}]}""");
        assertEquals("""
                enum ListDirSortBy { name, size }

                action "list-dir" { sort_by?: ListDirSortBy }

                enum ListDirSortBy2 { name }

                action list_dir { sortBy?: ListDirSortBy2 }
                """, body(result));
    }

    @Test
    void an_enum_whose_values_cannot_be_enum_names_is_a_string_with_a_warning() {
        ToolsImport.Result result = importOne("""
                {"type": "object", "properties": {"mode": {"type": "string", "enum": ["read-only", "write"]}}}""");
        assertEquals("action t { mode?: string }\n", body(result));
        assertEquals(List.of("enum-as-type /tools/0/inputSchema/properties/mode/enum"), codes(result));
    }

    @Test
    void an_integer_enum_is_an_int_with_a_warning_and_a_mixed_enum_is_an_error() {
        ToolsImport.Result ints = importOne("""
                {"type": "object", "properties": {"level": {"type": "integer", "enum": [1, 2]}}}""");
        assertEquals("action t { level?: int }\n", body(ints));
        assertEquals(List.of("enum-as-type /tools/0/inputSchema/properties/level/enum"), codes(ints));
        ToolsImport.Result mixed = importOne("""
                {"type": "object", "properties": {"level": {"type": "string", "enum": ["low", 2]}}}""");
        assertEquals(List.of("unsupported-schema /tools/0/inputSchema/properties/level/enum"), codes(mixed));
        assertEquals(0, mixed.written());
    }

    @Test
    void a_union_with_null_is_optional_and_a_required_nullable_property_warns() {
        ToolsImport.Result result = importOne("""
                {"type": "object", "required": ["a", "b"], "properties": {
                  "a": {"anyOf": [{"type": "null"}, {"type": "integer"}]}, "b": {"type": ["string", "null"]}}}""");
        assertEquals("action t { a?: int, b?: string }\n", body(result));
        assertEquals(
                List.of(
                        "nullable-required /tools/0/inputSchema/properties/a",
                        "nullable-required /tools/0/inputSchema/properties/b"),
                codes(result));
    }

    @Test
    void additional_properties_true_opens_the_object_absent_or_false_keeps_it_closed() {
        assertEquals("action t { ... }\n", body(importOne("{\"type\": \"object\", \"additionalProperties\": true}")));
        assertEquals("action t {}\n", body(importOne("{\"type\": \"object\"}")));
        assertEquals("action t {}\n", body(importOne("{\"type\": \"object\", \"additionalProperties\": false}")));
        ToolsImport.Result typed = importOne("""
                {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": {"type": "string"}}""");
        assertEquals("action t { a?: string, ... }\n", body(typed));
        assertEquals(List.of("open-properties /tools/0/inputSchema/additionalProperties"), codes(typed));
    }

    @Test
    void a_local_reference_is_followed_and_a_recursive_or_remote_one_is_an_error() {
        ToolsImport.Result local = importOne("""
                {"type": "object", "properties": {"p": {"$ref": "#/definitions/point"}},
                 "definitions": {"point": {"type": "object", "required": ["x"], "properties": {"x": {"type": "number"}}}}}""");
        assertEquals("action t { p?: { x: decimal } }\n", body(local));
        ToolsImport.Result recursive = importOne("""
                {"type": "object", "properties": {"n": {"$ref": "#"}}}""");
        assertEquals(List.of("unsupported-schema /tools/0/inputSchema/properties/n/$ref"), codes(recursive));
        ToolsImport.Result remote = importOne("""
                {"type": "object", "properties": {"n": {"$ref": "other.json#/x"}}}""");
        assertEquals(List.of("unsupported-schema /tools/0/inputSchema/properties/n/$ref"), codes(remote));
    }

    @Test
    void a_tool_with_an_error_is_left_out_and_the_others_are_written() {
        ToolsImport.Result result = ToolsImport.run("tools.json", """
                {"tools": [
                  {"name": "bad", "inputSchema": {"type": "object", "properties": {"q": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                    "mode": {"enum": ["a", "b"]}}}},
                  {"name": "good", "inputSchema": {"type": "object", "properties": {"mode": {"enum": ["a"]}}}}]}""");
        assertTrue(result.hasErrors());
        assertEquals(1, result.written());
        assertEquals(2, result.tools());
        assertEquals("enum GoodMode { a }\n\naction good { mode?: GoodMode }\n", body(result));
        assertEquals(List.of("unsupported-schema /tools/0/inputSchema/properties/q/oneOf"), codes(result));
    }

    @Test
    void validation_keywords_the_declaration_does_not_enforce_are_warnings_and_unknown_keywords_too() {
        ToolsImport.Result result = importOne("""
                {"type": "object", "properties": {"name": {"type": "string", "maxLength": 5, "x-ui": "text"}}}""");
        assertEquals("action t { name?: string }\n", body(result));
        assertEquals(
                List.of(
                        "unenforced-constraint /tools/0/inputSchema/properties/name/maxLength",
                        "unknown-keyword /tools/0/inputSchema/properties/name/x-ui"),
                codes(result));
    }

    @Test
    void annotations_are_no_diagnostic() {
        ToolsImport.Result result = importOne("""
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "T", "type": "object",
                 "properties": {"a": {"type": "boolean", "default": false, "examples": [true], "description": "flag"}}}""");
        assertEquals(List.of(), result.diagnostics());
        assertEquals("// a: flag\naction t { a?: bool }\n", body(result));
    }

    @Test
    void a_property_name_charter_cannot_spell_is_an_error_naming_the_pointer_and_position() {
        ToolsImport.Result result = importOne("""
                {"type": "object",
                 "properties": {"Content-Type": {"type": "string"}}}""");
        ImportDiagnostic d = result.diagnostics().get(0);
        assertEquals(ImportCode.INVALID_PROPERTY_NAME, d.code());
        assertEquals("t", d.tool());
        assertEquals("/tools/0/inputSchema/properties/Content-Type", d.pointer());
        assertEquals(2, d.line());
        assertEquals(17, d.column());
    }

    @Test
    void tool_names_are_kept_verbatim_bare_when_they_can_be_and_quoted_otherwise() {
        ToolsImport.Result result = ToolsImport.run("tools.json", """
                [{"name": "crm.read", "inputSchema": {"type": "object"}},
                 {"name": "write:refund", "inputSchema": {"type": "object"}},
                 {"name": "Fs.read", "inputSchema": {"type": "object"}},
                 {"name": "to", "inputSchema": {"type": "object"}}]""");
        assertEquals(
                "action crm.read {}\n\naction \"write:refund\" {}\n\naction \"Fs.read\" {}\n\naction \"to\" {}\n",
                body(result));
    }

    @Test
    void descriptions_become_comments_wrapped_at_a_hundred_columns_without_control_characters() {
        String words = "word ".repeat(30).strip();
        ToolsImport.Result result = ToolsImport.run(
                "tools.json",
                "[{\"name\": \"t\", \"description\": \"" + words
                        + "\\nsecond\\u0007line\\u202e\", \"inputSchema\": {\"type\": \"object\"}}]");
        String body = body(result);
        for (String line : body.split("\n")) {
            assertTrue(line.length() <= 100, line);
        }
        assertTrue(body.contains("// second line\naction t {}"), body);
    }

    @Test
    void a_tool_left_out_takes_no_enum_name_from_the_tools_written() {
        ToolsImport.Result result = ToolsImport.run("tools.json", """
                [{"name": "list-dir", "inputSchema": {"type": "object", "properties": {"sortBy": {"enum": ["name"]},
                   "Bad-Name": {"type": "string"}}}},
                 {"name": "list_dir", "inputSchema": {"type": "object", "properties": {"sortBy": {"enum": ["size"]}}}}]""");
        assertEquals("enum ListDirSortBy { size }\n\naction list_dir { sortBy?: ListDirSortBy }\n", body(result));
    }
}
