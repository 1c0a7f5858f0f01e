package dev.charter.cli.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.compiler.format.FormatResult;
import dev.charter.compiler.format.Formatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code charter tools import} writes is Charter the compiler accepts, in the layout
 * {@code charter fmt} gives it: the declarations, compiled beside a constitution header, give no
 * diagnostic at all, and formatting them changes nothing.
 */
class ImportedDeclarationsCompileTest {

    /** Hyphenated, dotted, quoted and upper-case names; optional, open, enum, date and nullable parameters. */
    private static final String TOOLS = """
            {"tools": [
              {"name": "github.create-issue", "description": "Open an issue.\\nIn any repository.",
               "inputSchema": {"type": "object", "required": ["repo", "title"], "properties": {
                 "repo": {"type": "string", "description": "owner/name"}, "title": {"type": "string"},
                 "priority": {"type": "string", "enum": ["low", "normal", "urgent"]},
                 "due": {"type": "string", "format": "date"}, "votes": {"type": "integer"},
                 "weight": {"type": "number"}, "draft": {"type": ["boolean", "null"]}}}},
              {"name": "write:refund", "inputSchema": {"type": "object", "properties": {
                 "amount": {"type": "number"}, "priority": {"enum": ["low", "high"]}},
                 "additionalProperties": true}},
              {"name": "Fs.read", "inputSchema": {"type": "object"}},
              {"name": "ping", "inputSchema": {"type": "object", "additionalProperties": true}}]}""";

    private static final String HEADER = "constitution \"imported\" version 1 {}\ndefault deny;\n";

    @Test
    void hyphenated_and_quoted_names_optional_open_and_enum_parameters_compile() {
        ToolsImport.Result result = ToolsImport.run("tools.json", TOOLS);
        assertEquals(List.of(), result.diagnostics());
        assertCompilesWithoutDiagnostics(result.declarations());
    }

    private static final String NESTED = """
            {"tools": [{"name": "create-shipment", "inputSchema": {"type": "object",
               "required": ["order", "address"], "properties": {
                 "order": {"type": "string"},
                 "address": {"type": "object", "required": ["city"], "properties": {
                   "city": {"type": "string"}, "zip": {"type": "string"},
                   "geo": {"type": "object", "required": ["lat"], "additionalProperties": true,
                           "properties": {"lat": {"type": "integer"}}}}},
                 "gift": {"type": "object", "required": ["note"], "properties": {
                   "note": {"type": "string"}, "wrap": {"type": "boolean"}}}}}}]}""";

    @Test
    void nested_object_parameters_compile_and_their_fields_can_be_read() {
        ToolsImport.Result result = ToolsImport.run("tools.json", NESTED);
        assertEquals(List.of(), result.diagnostics());
        String rules = """
                rule paris:
                  permit "create-shipment"
                  when request.address.city == "Paris" and request.address.geo != null
                   and request.address.geo.lat < 50
                   and (request.gift == null or request.gift.note != "");
                """;
        assertCompilesWithoutDiagnostics(result.declarations(), rules);
        assertInFmtLayout(result.declarations());
    }

    private static final String LISTS = """
            {"tools": [{"name": "send-batch", "inputSchema": {"type": "object",
               "required": ["to", "lines"], "properties": {
                 "to": {"type": "array", "items": {"type": "string"}, "maxItems": 20},
                 "sizes": {"type": "array", "items": {"type": "integer"}},
                 "lines": {"type": "array", "items": {"type": "object", "required": ["sku", "qty"],
                   "properties": {"sku": {"type": "string"}, "qty": {"type": "integer"},
                                  "gift": {"type": "boolean"}}}}}}}]}""";

    @Test
    void list_parameters_compile_and_are_read_by_quantifiers() {
        ToolsImport.Result result = ToolsImport.run("tools.json", LISTS);
        String rules = """
                rule internal:
                  permit "send-batch"
                  when len(request.to) <= 20 and all(r in request.to: r ends_with "@corp.com")
                   and (request.sizes == null or count(s in request.sizes: s > 100) == 0)
                   and not any(l in request.lines: l.qty > 10 or l.sku == "");
                """;
        assertCompilesWithoutDiagnostics(result.declarations(), rules);
        assertInFmtLayout(result.declarations());
    }

    @Test
    void the_declarations_are_already_in_the_layout_charter_fmt_gives() {
        assertInFmtLayout(ToolsImport.run("tools.json", TOOLS).declarations());
    }

    /** Compiles the declarations beside the header, and beside {@code rules} when given: no diagnostic at all. */
    private static void assertCompilesWithoutDiagnostics(String declarations, String... rules) {
        List<SourceFile> sources = new ArrayList<>(
                List.of(new SourceFile("header.charter", HEADER), new SourceFile("tools.charter", declarations)));
        for (String rule : rules) {
            sources.add(new SourceFile("rules.charter", rule));
        }
        Compilation compilation = Compiler.compile(sources);
        assertEquals(
                List.of(),
                compilation.diagnostics().stream()
                        .map(d -> d.span() + " " + d.code().code() + ": " + d.message())
                        .toList());
    }

    private static void assertInFmtLayout(String declarations) {
        assertEquals(
                new FormatResult.Formatted(declarations),
                Formatter.format(new SourceFile("tools.charter", declarations)));
    }
}
