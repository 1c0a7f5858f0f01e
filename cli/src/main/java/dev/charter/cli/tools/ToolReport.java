package dev.charter.cli.tools;

import java.util.ArrayList;
import java.util.List;

/** The diagnostics about one tool, as they are found; whether any is an error decides if the tool is written. */
final class ToolReport {

    private final String file;
    private final String tool;
    private final List<ImportDiagnostic> diagnostics = new ArrayList<>();

    ToolReport(String file, String tool) {
        this.file = file;
        this.tool = tool;
    }

    void report(ImportCode code, Json.Position at, JsonPointer pointer, String message, String help) {
        diagnostics.add(
                new ImportDiagnostic(code, file, at.line(), at.column(), tool, pointer.toString(), message, help));
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(ImportDiagnostic::isError);
    }

    List<ImportDiagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
