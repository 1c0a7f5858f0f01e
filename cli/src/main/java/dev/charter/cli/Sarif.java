package dev.charter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.Severity;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.solver.Finding;
import dev.charter.solver.FindingKind;
import dev.charter.solver.Report;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code charter check --format sarif}: the compiler's diagnostics and the solver's findings as
 * one SARIF 2.1.0 log, the format code-scanning services ingest. Each finding's rules and
 * witness go in the result's {@code properties}.
 */
final class Sarif {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Sarif() {}

    static ObjectNode log(List<Diagnostic> diagnostics, Report report, boolean strict) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode log = json.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "charter");
        driver.put("version", CharterVersion.current());
        driver.put("informationUri", "https://charter.dev/docs/language");
        ArrayNode rules = driver.putArray("rules");
        Set<String> ids = new LinkedHashSet<>();
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            ids.add(d.code().code());
            results.add(result(d.code().code(), d.severity(), d.message(), d.span()));
        }
        if (report != null) {
            for (Finding f : report.findings()) {
                ids.add(f.kind().code());
                ObjectNode result = result(f.kind().code(), f.severity(strict), f.message(), f.span());
                ObjectNode properties = result.putObject("properties");
                ArrayNode names = properties.putArray("rules");
                f.rules().forEach(names::add);
                if (f.assertion() != null) {
                    properties.put("assertion", f.assertion());
                }
                if (f.witness() != null) {
                    properties.set("witness", f.witness().toJson());
                }
                results.add(result);
            }
        }
        for (String id : ids) {
            ObjectNode rule = rules.addObject();
            rule.put("id", id);
            kind(id).ifPresent(k -> {
                rule.putObject("shortDescription")
                        .put("text", k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                rule.putObject("defaultConfiguration").put("level", level(k.severity()));
            });
        }
        return log;
    }

    private static java.util.Optional<FindingKind> kind(String code) {
        return java.util.Arrays.stream(FindingKind.values())
                .filter(k -> k.code().equals(code))
                .findFirst();
    }

    private static ObjectNode result(String id, Severity severity, String message, SourceSpan span) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("ruleId", id);
        result.put("level", level(severity));
        result.putObject("message").put("text", message);
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", span.file());
        ObjectNode region = physical.putObject("region");
        region.put("startLine", span.line());
        region.put("startColumn", span.column());
        region.put("endLine", span.endLine());
        region.put(
                "endColumn",
                span.endLine() == span.line() ? Math.max(span.column(), span.endColumn() + 1) : span.endColumn() + 1);
        return result;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
