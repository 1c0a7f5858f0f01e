package dev.charter.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.diagnostic.Diagnostic;

/**
 * One diagnostic as {@code charter check --format json} prints it: the stable fields tools read
 * ({@code code, severity, file, line, column, message, help}), {@code help} null when there is
 * none, so every object has the same keys.
 */
final class DiagnosticJson {

    private DiagnosticJson() {}

    static ObjectNode of(Diagnostic diagnostic) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("code", diagnostic.code().code());
        node.put("severity", diagnostic.severity().keyword());
        node.put("file", diagnostic.span().file());
        node.put("line", diagnostic.span().line());
        node.put("column", diagnostic.span().column());
        node.put("message", diagnostic.message());
        node.put("help", diagnostic.help());
        return node;
    }
}
