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
 * The bodies of resolution and key records: written canonically, read back with their meaning
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
