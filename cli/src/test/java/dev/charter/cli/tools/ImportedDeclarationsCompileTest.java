package dev.charter.cli.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code charter tools import} writes is Charter the compiler accepts: the declarations,
 * compiled beside a constitution header, give no diagnostic at all.
 */
class ImportedDeclarationsCompileTest {

    private static final String HEADER = "constitution \"imported\" version 1 {}\ndefault deny;\n";

    private static List<String> compile(String tools) {
        ToolsImport.Result result = ToolsImport.run("tools.json", tools);
        assertEquals(
                List.of(),
                result.diagnostics().stream().filter(ImportDiagnostic::isError).toList());
        Compilation compilation = Compiler.compile(List.of(
                new SourceFile("header.charter", HEADER), new SourceFile("tools.charter", result.declarations())));
        return compilation.diagnostics().stream()
                .map(d -> d.span() + " " + d.code().code() + ": " + d.message())
                .toList();
    }

    @Test
    void hyphenated_and_quoted_names_optional_open_and_enum_parameters_compile() {
        assertEquals(List.of(), compile("""
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
                          {"name": "ping", "inputSchema": {"type": "object", "additionalProperties": true}}]}"""));
    }
}
