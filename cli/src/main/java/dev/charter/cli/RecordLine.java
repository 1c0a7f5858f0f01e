package dev.charter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.RecordKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One ledger record as one line for a person ({@code charter ledger verify --records}): its seq
 * and kind, then what it says — a decision's agent, action, arguments and outcome with the rule
 * that decided it or its reason code; a resolution's or an execution's link to the record it names (seq and leaf hash,
 * which the verifier has checked) and its outcome; a key record's new key. A decision whose action
 * may run (a permit, or an escalation a resolution approved) and that no execution record names
 * says so: the action was not run through a guard, or its run was not recorded (it had not ended,
 * or a crash lost the record, docs/gateway.md). Long arguments and hashes are shortened; control
 * characters are escaped.
 */
final class RecordLine {

    /** Arguments longer than this are cut, with an ellipsis. */
    static final int ARGUMENTS_WIDTH = 120;

    /** Hex digits of a leaf hash or result digest shown. */
    private static final int HASH_DIGITS = 12;

    private RecordLine() {}

    /** One line per record of {@code records}, in order; an unexecuted decision is told by the records after it. */
    static List<String> of(List<LedgerRecord> records) {
        Set<Long> executed = new HashSet<>();
        Set<Long> approved = new HashSet<>();
        for (LedgerRecord record : records) {
            JsonNode body = EscalationsCommand.body(record);
            if (record.kind() == RecordKind.EXECUTION) {
                executed.add(body.path("decision").path("seq").asLong());
            } else if (record.kind() == RecordKind.RESOLUTION
                    && body.path("outcome").asText().equals("approve")) {
                approved.add(body.path("escalation").path("seq").asLong());
            }
        }
        List<String> lines = new ArrayList<>(records.size());
        for (LedgerRecord record : records) {
            String line = of(record);
            if (record.kind() == RecordKind.DECISION && !executed.contains(record.seq())) {
                String effect = EscalationsCommand.body(record)
                        .path("decision")
                        .path("decision")
                        .asText();
                if (effect.equals("permit") || (effect.equals("escalate") && approved.contains(record.seq()))) {
                    line += ", no execution record";
                }
            }
            lines.add(line);
        }
        return lines;
    }

    static String of(LedgerRecord record) {
        JsonNode body = EscalationsCommand.body(record);
        String says = switch (record.kind()) {
            case DECISION -> decision(body);
            case RESOLUTION ->
                link(body.path("escalation")) + ": "
                        + body.path("outcome").asText() + " by "
                        + body.path("reviewer").asText() + ", "
                        + body.path("reason").toString();
            case EXECUTION ->
                link(body.path("decision")) + ": "
                        + (body.path("success").asBoolean() ? "succeeded" : "failed")
                        + ", result " + shortened(body.path("result").asText())
                        + (body.path("detail").asText().isEmpty()
                                ? ""
                                : ", " + body.path("detail").toString());
            case KEY -> "new key " + body.path("new_key").path("id").asText();
        };
        return TerminalText.line(
                String.format("#%d %-10s %s", record.seq(), record.kind().label(), says));
    }

    private static String decision(JsonNode body) {
        JsonNode request = body.path("request");
        JsonNode decision = body.path("decision");
        StringBuilder line = new StringBuilder();
        if (request.has("unparsed")) {
            line.append("unparsed request ").append(cut(request.path("unparsed").toString()));
        } else {
            line.append(request.path("agent").asText("-"))
                    .append(' ')
                    .append(request.path("action").asText("-"))
                    .append(' ')
                    .append(cut(request.path("request").toString()));
        }
        line.append(" -> ").append(decision.path("decision").asText());
        if (decision.hasNonNull("route")) {
            line.append(" to ").append(decision.path("route").asText());
        }
        // A rule decided: its name says why. Otherwise the reason code does (default_deny, ...), with
        // the rule it names, if any.
        String reasonCode = decision.path("reason_code").asText();
        String rule = decision.path("rule").asText("");
        line.append(" (")
                .append(
                        reasonCode.equals("rule") && !rule.isEmpty()
                                ? "rule " + rule
                                : reasonCode + (rule.isEmpty() ? "" : ", rule " + rule))
                .append(')');
        if (request.hasNonNull("session")) {
            line.append(", session ").append(shortened(request.path("session").asText()));
        }
        return line.toString();
    }

    /** {@code of #SEQ (HASH…)}: the record a resolution or an execution names. */
    private static String link(JsonNode target) {
        return "of #" + target.path("seq").asLong() + " ("
                + shortened(target.path("hash").asText()) + ")";
    }

    private static String shortened(String hash) {
        int colon = hash.indexOf(':') + 1;
        return hash.length() - colon <= HASH_DIGITS ? hash : hash.substring(0, colon + HASH_DIGITS) + "…";
    }

    private static String cut(String json) {
        return json.length() <= ARGUMENTS_WIDTH ? json : json.substring(0, ARGUMENTS_WIDTH - 1) + "…";
    }
}
