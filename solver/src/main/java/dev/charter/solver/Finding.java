package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.diagnostics.Severity;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * One result of the analyses: what holds (or fails) about which rules or assertion, where, and a
 * witness request for everything that is not a proof.
 *
 * @param rules     every rule involved, the finding's own rule first (both sides of a gap, a shadowed rule and its shadowers)
 * @param assertion the assertion's name for assertion findings, else null
 * @param action    the action the witness or proof is about, or null when it spans all of them
 * @param witness   the confirmed witness, or null (proofs, dead rules)
 */
public record Finding(
        FindingKind kind,
        List<String> rules,
        String assertion,
        String action,
        String message,
        SourceSpan span,
        Witness witness) {

    public Finding {
        rules = List.copyOf(rules);
    }

    public Severity severity() {
        return kind.severity();
    }

    /** The severity after {@code --strict}, which turns warnings into errors. */
    public Severity severity(boolean strict) {
        return strict && kind.severity() == Severity.WARNING ? Severity.ERROR : kind.severity();
    }

    public Optional<Witness> witnessRequest() {
        return Optional.ofNullable(witness);
    }

    Finding withWitness(Witness confirmed) {
        return new Finding(kind, rules, assertion, action, message, span, confirmed);
    }

    /** The JSON form used by {@code charter check --format json}. */
    public ObjectNode toJson(boolean strict) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode();
        node.put("kind", kind.code());
        node.put("severity", severity(strict).keyword());
        ArrayNode ruleNames = node.putArray("rules");
        rules.forEach(ruleNames::add);
        if (assertion == null) {
            node.putNull("assertion");
        } else {
            node.put("assertion", assertion);
        }
        if (action != null) {
            node.put("action", action);
        }
        node.put("message", message);
        ObjectNode location = node.putObject("location");
        location.put("file", span.file());
        location.put("line", span.line());
        location.put("column", span.column());
        if (witness != null) {
            node.set("witness", witness.toJson());
        }
        return node;
    }
}
