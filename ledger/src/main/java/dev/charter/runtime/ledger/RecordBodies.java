package dev.charter.runtime.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.PublicKey;
import java.io.IOException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The bodies of resolution, execution and key records: written canonically, read back with their meaning
 * checked. Decision bodies are written by {@link LedgerEngine}; their effect is read by
 * {@link RecordParser} without a tree.
 */
final class RecordBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private RecordBodies() {}

    static String timestamp(Instant instant) {
        return Timestamps.of(instant);
    }

    static byte[] resolution(
            long escalationSeq,
            byte[] escalationHash,
            ResolutionOutcome outcome,
            String reviewer,
            String reason,
            Instant now) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode escalation = body.putObject("escalation");
        escalation.put("hash", HEX.formatHex(escalationHash));
        escalation.put("seq", escalationSeq);
        body.put("outcome", outcome.label());
        body.put("reason", reason);
        body.put("recorded_at", timestamp(now));
        body.put("reviewer", reviewer);
        return CanonicalJson.bytes(body);
    }

    static byte[] execution(
            long decisionSeq, byte[] decisionHash, boolean success, String resultDigest, String detail, Instant now) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode decision = body.putObject("decision");
        decision.put("hash", HEX.formatHex(decisionHash));
        decision.put("seq", decisionSeq);
        body.put("detail", detail);
        body.put("recorded_at", timestamp(now));
        body.put("result", resultDigest);
        body.put("success", success);
        return CanonicalJson.bytes(body);
    }

    static byte[] keyRotation(PublicKey newKey, Instant now) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode key = body.putObject("new_key");
        key.put("id", newKey.keyId().hex());
        key.put("public_key", HEX.formatHex(newKey.bytes()));
        body.put("recorded_at", timestamp(now));
        return CanonicalJson.bytes(body);
    }

    /** The escalation a resolution record resolves, and how. */
    record ResolutionBody(long escalationSeq, byte[] escalationHash, Resolution resolution) {}

    static ResolutionBody readResolution(ParsedRecord record) throws RecordParser.BadRecord {
        JsonNode body = tree(record);
        JsonNode escalation = body.path("escalation");
        long escalationSeq = escalation.path("seq").asLong(-1);
        String hash = escalation.path("hash").asText("");
        String outcome = body.path("outcome").asText("");
        if (!escalation.path("seq").canConvertToLong() || escalationSeq < 0 || !hash.matches("[0-9a-f]{64}")) {
            throw new RecordParser.BadRecord("resolution does not name the escalation's seq and hash");
        }
        ResolutionOutcome parsed = ResolutionOutcome.fromLabel(outcome)
                .orElseThrow(() ->
                        new RecordParser.BadRecord("resolution outcome '" + outcome + "' is neither approve nor deny"));
        for (String member : new String[] {"reviewer", "reason", "recorded_at"}) {
            if (!body.path(member).isTextual()) {
                throw new RecordParser.BadRecord("resolution has no '" + member + "'");
            }
        }
        if (body.path("reviewer").textValue().isBlank()) {
            throw new RecordParser.BadRecord("resolution names no reviewer");
        }
        Resolution resolution = new Resolution(
                escalationSeq,
                record.seq(),
                parsed,
                body.get("reviewer").textValue(),
                body.get("reason").textValue(),
                body.get("recorded_at").textValue());
        return new ResolutionBody(escalationSeq, HEX.parseHex(hash), resolution);
    }

    /** The decision an execution record names, and what it says. */
    record ExecutionBody(long decisionSeq, byte[] decisionHash, Execution execution) {}

    static ExecutionBody readExecution(ParsedRecord record) throws RecordParser.BadRecord {
        JsonNode body = tree(record);
        JsonNode decision = body.path("decision");
        String hash = decision.path("hash").asText("");
        if (!decision.path("seq").canConvertToLong()
                || decision.path("seq").asLong(-1) < 0
                || !hash.matches("[0-9a-f]{64}")) {
            throw new RecordParser.BadRecord("execution does not name the decision's seq and hash");
        }
        if (body.size() != 5 || decision.size() != 2) {
            throw new RecordParser.BadRecord(
                    "an execution body has exactly decision (hash, seq), detail, recorded_at, result and success");
        }
        if (!body.path("success").isBoolean()) {
            throw new RecordParser.BadRecord("execution has no boolean 'success'");
        }
        if (!body.path("result").isTextual() || !body.get("result").textValue().matches(RESULT_DIGEST)) {
            throw new RecordParser.BadRecord("execution's 'result' is not sha256:<64 lower-case hex>");
        }
        for (String member : new String[] {"detail", "recorded_at"}) {
            if (!body.path(member).isTextual()) {
                throw new RecordParser.BadRecord("execution has no '" + member + "'");
            }
        }
        long decisionSeq = decision.get("seq").asLong();
        Execution execution = new Execution(
                decisionSeq,
                record.seq(),
                body.get("success").booleanValue(),
                body.get("result").textValue(),
                body.get("detail").textValue(),
                body.get("recorded_at").textValue());
        return new ExecutionBody(decisionSeq, HEX.parseHex(hash), execution);
    }

    /** The form of an execution's result digest. */
    static final String RESULT_DIGEST = "sha256:[0-9a-f]{64}";

    static PublicKey readNewKey(ParsedRecord record) throws RecordParser.BadRecord {
        JsonNode key = tree(record).path("new_key");
        String id = key.path("id").asText("");
        String raw = key.path("public_key").asText("");
        if (!raw.matches("[0-9a-f]{64}")) {
            throw new RecordParser.BadRecord("key record's public_key is not 64 lower-case hex digits");
        }
        PublicKey publicKey;
        try {
            publicKey = PublicKey.fromBytes(HEX.parseHex(raw));
        } catch (KeyFormatException e) {
            throw new RecordParser.BadRecord("key record's public_key: " + e.getMessage());
        }
        if (!publicKey.keyId().hex().equals(id)) {
            throw new RecordParser.BadRecord(
                    "key record's id " + id + " is not the id of its public key (" + publicKey.keyId() + ")");
        }
        return publicKey;
    }

    private static JsonNode tree(ParsedRecord record) throws RecordParser.BadRecord {
        try {
            return JSON.readTree(record.data(), record.bodyStart(), record.bodyEnd() - record.bodyStart());
        } catch (IOException e) {
            throw new RecordParser.BadRecord("body is not JSON");
        }
    }
}
