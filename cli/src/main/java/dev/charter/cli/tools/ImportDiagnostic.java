package dev.charter.cli.tools;

import dev.charter.runtime.diagnostics.Severity;

/**
 * One thing {@code charter tools import} has to say about a tool's schema: the tool, the JSON
 * pointer of the property or keyword in the tools file, where that text stands, what is wrong
 * and what was done about it.
 *
 * @param tool    the tool's name, or empty when the entry has none
 * @param pointer the JSON pointer (RFC 6901) into the tools file, e.g. {@code /tools/2/inputSchema/properties/mode}
 * @param help    the approximation written, or how to fix it; null when there is nothing to add
 */
public record ImportDiagnostic(
        ImportCode code, String file, int line, int column, String tool, String pointer, String message, String help) {

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }
}
