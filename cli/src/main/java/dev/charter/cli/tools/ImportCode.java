package dev.charter.cli.tools;

import dev.charter.runtime.diagnostics.Severity;

/**
 * Every code {@code charter tools import} reports ({@code docs/tools-import.md} lists them). An
 * error leaves the tool out of the output; a warning says which approximation was written.
 */
public enum ImportCode {
    INVALID_TOOL("invalid-tool", Severity.ERROR),
    INVALID_TOOL_NAME("invalid-tool-name", Severity.ERROR),
    DUPLICATE_TOOL("duplicate-tool", Severity.ERROR),
    INVALID_PROPERTY_NAME("invalid-property-name", Severity.ERROR),
    UNSUPPORTED_SCHEMA("unsupported-schema", Severity.ERROR),
    UNENFORCED_CONSTRAINT("unenforced-constraint", Severity.WARNING),
    ENUM_AS_TYPE("enum-as-type", Severity.WARNING),
    NULLABLE_REQUIRED("nullable-required", Severity.WARNING),
    UNBOUNDED_LIST("unbounded-list", Severity.WARNING),
    OPEN_PROPERTIES("open-properties", Severity.WARNING),
    UNKNOWN_KEYWORD("unknown-keyword", Severity.WARNING);

    private final String code;
    private final Severity severity;

    ImportCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }
}
