package dev.charter.cli.tools;

import dev.charter.runtime.ir.ActionNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code charter tools import}: the result of an MCP {@code tools/list} to Charter action
 * declarations. Accepts the result object ({@code {"tools": [...]}}), the whole JSON-RPC
 * response ({@code {"jsonrpc": ..., "result": {"tools": [...]}}}) and a bare array of tools.
 * Each tool is mapped by {@link SchemaMapper} and written by {@link DeclarationWriter}; a tool
 * with an error is left out, the others are written.
 */
public final class ToolsImport {

    private ToolsImport() {}

    /**
     * What an import produced: the declarations (Charter text, which holds only the tools without
     * errors), how many tools the file lists, and the diagnostics in the order of the file.
     */
    public record Result(String declarations, int tools, int written, List<ImportDiagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(ImportDiagnostic::isError);
        }
    }

    /**
     * Imports the tools file named {@code file} (as diagnostics should name it) with the text
     * {@code text}.
     *
     * @throws ToolsFileException when the text is not JSON or holds no list of tools
     */
    public static Result run(String file, String text) {
        Json document = JsonReader.read(file, text);
        Located<Json.JsonArray> tools = toolList(file, document);
        EnumNames enumNames = new EnumNames();
        Map<String, JsonPointer> seen = new HashMap<>();
        List<ToolDeclaration> declarations = new ArrayList<>();
        List<ImportDiagnostic> diagnostics = new ArrayList<>();
        List<Json> elements = tools.value().elements();
        for (int i = 0; i < elements.size(); i++) {
            JsonPointer at = tools.pointer().then(i);
            Optional<ToolDeclaration> declaration = tool(file, elements.get(i), at, seen, enumNames, diagnostics);
            declaration.ifPresent(declarations::add);
        }
        diagnostics.sort(Comparator.comparingInt(ImportDiagnostic::line).thenComparingInt(ImportDiagnostic::column));
        String header = "Action declarations imported by `charter tools import` from "
                + Path.of(file).getFileName() + ": " + declarations.size() + " of " + elements.size()
                + " tool" + (elements.size() == 1 ? "" : "s") + ".";
        return new Result(
                DeclarationWriter.write(header, declarations), elements.size(), declarations.size(), diagnostics);
    }

    private record Located<T>(T value, JsonPointer pointer) {}

    private static Located<Json.JsonArray> toolList(String file, Json document) {
        if (document instanceof Json.JsonArray array) {
            return new Located<>(array, JsonPointer.ROOT);
        }
        if (document instanceof Json.JsonObject object) {
            if (object.get("tools").orElse(null) instanceof Json.JsonArray tools) {
                return new Located<>(tools, JsonPointer.ROOT.then("tools"));
            }
            if (object.get("result").orElse(null) instanceof Json.JsonObject result
                    && result.get("tools").orElse(null) instanceof Json.JsonArray tools) {
                return new Located<>(tools, JsonPointer.ROOT.then("result").then("tools"));
            }
            if (object.get("error").isPresent()) {
                throw new ToolsFileException(file + ": is a JSON-RPC error response, not a tools/list result");
            }
        }
        throw new ToolsFileException(file + ": expected the result of an MCP tools/list: {\"tools\": [...]}, "
                + "a JSON-RPC response with that result, or an array of tools");
    }

    private static Optional<ToolDeclaration> tool(
            String file,
            Json entry,
            JsonPointer at,
            Map<String, JsonPointer> seen,
            EnumNames enumNames,
            List<ImportDiagnostic> diagnostics) {
        if (!(entry instanceof Json.JsonObject tool)) {
            ToolReport report = new ToolReport(file, "");
            report.report(
                    ImportCode.INVALID_TOOL,
                    entry.position(),
                    at,
                    "a tool must be an object, not " + entry.kind(),
                    null);
            diagnostics.addAll(report.diagnostics());
            return Optional.empty();
        }
        Optional<Json.Member> nameMember = tool.member("name");
        if (nameMember.isEmpty() || !(nameMember.get().value() instanceof Json.JsonString name)) {
            ToolReport report = new ToolReport(file, "");
            report.report(
                    ImportCode.INVALID_TOOL,
                    nameMember.map(Json.Member::namePosition).orElse(tool.position()),
                    nameMember.isPresent() ? at.then("name") : at,
                    nameMember.isEmpty() ? "the tool has no name" : "a tool's name must be a string",
                    null);
            diagnostics.addAll(report.diagnostics());
            return Optional.empty();
        }
        ToolReport report = new ToolReport(file, name.value());
        Optional<ToolDeclaration> declaration = declaration(tool, name, at, seen, enumNames, report);
        diagnostics.addAll(report.diagnostics());
        return declaration;
    }

    private static Optional<ToolDeclaration> declaration(
            Json.JsonObject tool,
            Json.JsonString name,
            JsonPointer at,
            Map<String, JsonPointer> seen,
            EnumNames enumNames,
            ToolReport report) {
        Optional<String> problem = ActionNames.problem(name.value());
        if (problem.isPresent()) {
            report.report(
                    ImportCode.INVALID_TOOL_NAME,
                    name.position(),
                    at.then("name"),
                    "tool \"" + name.value() + "\" cannot be a Charter action: " + problem.get(),
                    "an action name is 1 to " + ActionNames.MAX_LENGTH
                            + " visible ASCII characters other than `\"`, `\\` and `*`");
            return Optional.empty();
        }
        JsonPointer first = seen.putIfAbsent(name.value(), at);
        if (first != null) {
            report.report(
                    ImportCode.DUPLICATE_TOOL,
                    name.position(),
                    at.then("name"),
                    "tool `" + name.value() + "` is listed twice (first at " + first + "); this one is left out",
                    null);
            return Optional.empty();
        }
        String description = "";
        Optional<Json.Member> describes = tool.member("description");
        if (describes.isPresent()) {
            if (!(describes.get().value() instanceof Json.JsonString text)) {
                report.report(
                        ImportCode.INVALID_TOOL,
                        describes.get().namePosition(),
                        at.then("description"),
                        "tool `" + name.value() + "`: its description must be a string, not "
                                + describes.get().value().kind(),
                        null);
                return Optional.empty();
            }
            description = text.value();
        }
        Optional<Json.Member> schema = tool.member("inputSchema");
        if (schema.isEmpty() || !(schema.get().value() instanceof Json.JsonObject inputSchema)) {
            report.report(
                    ImportCode.INVALID_TOOL,
                    schema.map(Json.Member::namePosition).orElse(tool.position()),
                    schema.isPresent() ? at.then("inputSchema") : at,
                    "tool `" + name.value() + "`: "
                            + (schema.isEmpty() ? "it has no inputSchema" : "its inputSchema must be an object"),
                    "MCP tools describe their arguments with \"inputSchema\": {\"type\": \"object\", ...}");
            return Optional.empty();
        }
        return SchemaMapper.map(name.value(), description, inputSchema, at.then("inputSchema"), report, enumNames);
    }
}
