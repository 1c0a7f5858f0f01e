package dev.charter.cli.tools;

import java.util.List;
import java.util.Optional;

/** How the mapping of one tool's schema names what a problem is about, and reports what cannot be declared. */
record SchemaProblems(String tool, ToolReport report) {

    /** Reports that the schema at {@code at} cannot be declared, as an error; empty, for the caller to return. */
    <T> Optional<T> unsupported(
            Json.Position position, JsonPointer at, List<String> path, String message, String help) {
        report.report(ImportCode.UNSUPPORTED_SCHEMA, position, at, subject(path) + ": " + message, help);
        return Optional.empty();
    }

    /** What a message is about: {@code tool `t`} or {@code property `a.b` of tool `t`}. */
    String subject(List<String> path) {
        return path.isEmpty()
                ? "tool `" + tool + "`"
                : "property `" + String.join(".", path) + "` of tool `" + tool + "`";
    }
}
