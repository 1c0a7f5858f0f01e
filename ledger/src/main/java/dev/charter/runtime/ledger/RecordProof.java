package dev.charter.runtime.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.keys.PublicKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.merkle.MerkleHash;
import dev.charter.runtime.ledger.merkle.MerkleProofs;
import dev.charter.runtime.ledger.merkle.MerkleTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * What an auditor needs to check one record with nothing but a public key: the record, a signed
 * checkpoint, and the RFC 9162 inclusion proof of the record's leaf in that checkpoint's tree.
 * Its JSON form ({@code record}, {@code checkpoint}, {@code leaf_index}, {@code tree_size},
 * {@code inclusion}) can be checked by {@link #check} or by any RFC 9162 library: the leaf is
 * the record without its {@code sig} member, canonical JSON, hashed as SHA-256(0x00 || bytes).
 */
public final class RecordProof {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String record;
    private final SignedCheckpoint checkpoint;
    private final long leafIndex;
    private final List<byte[]> inclusion;

    private RecordProof(String record, SignedCheckpoint checkpoint, long leafIndex, List<byte[]> inclusion) {
        this.record = record;
        this.checkpoint = checkpoint;
        this.leafIndex = leafIndex;
        this.inclusion = List.copyOf(inclusion);
    }

    /**
     * The proof of record {@code seq} in the latest checkpoint of {@code contents} that covers it.
     *
     * @throws LedgerException when there is no such record or no checkpoint covers it yet
     */
    public static RecordProof of(LedgerContents contents, long seq) throws LedgerException {
        LedgerRecord target = contents.record(seq)
                .orElseThrow(() -> new LedgerException("the ledger has no record " + seq + " (it has "
                        + contents.records().size() + ")"));
        SignedCheckpoint latest = contents.latestCheckpoint()
                .filter(c -> c.checkpoint().size() > seq)
                .orElseThrow(() -> new LedgerException("no checkpoint covers record " + seq + " yet"));
        List<byte[]> leaves = new ArrayList<>(contents.records().size());
        contents.records().forEach(r -> leaves.add(r.leafHash()));
        MerkleTree tree = new MerkleTree(leaves);
        return new RecordProof(
                target.json(),
                latest,
                seq,
                tree.inclusionProof(seq, latest.checkpoint().size()));
    }

    /** Reads the JSON form. */
    public static RecordProof parse(String json) throws LedgerException {
        try {
            JsonNode node = JSON.readTree(json);
            List<byte[]> path = new ArrayList<>();
            for (JsonNode hash : node.path("inclusion")) {
                path.add(Base64.getDecoder().decode(hash.asText()));
            }
            if (!node.path("record").isObject() || !node.path("leaf_index").canConvertToLong()) {
                throw new LedgerException("a record proof has a record object and a leaf_index");
            }
            return new RecordProof(
                    CanonicalJson.string(node.get("record")),
                    SignedCheckpoint.parse(node.path("checkpoint").asText()),
                    node.get("leaf_index").asLong(),
                    path);
        } catch (IOException | IllegalArgumentException | CheckpointFormatException e) {
            throw new LedgerException("not a record proof: " + e.getMessage());
        }
    }

    /** The JSON form (canonical). */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("checkpoint", checkpoint.text());
        ArrayNode path = node.putArray("inclusion");
        inclusion.forEach(h -> path.add(Base64.getEncoder().encodeToString(h)));
        node.put("leaf_index", leafIndex);
        try {
            node.set("record", JSON.readTree(record));
        } catch (IOException e) {
            throw new IllegalStateException("a ledger record is JSON", e);
        }
        node.put("tree_size", checkpoint.checkpoint().size());
        return CanonicalJson.string(node);
    }

    public long seq() {
        return leafIndex;
    }

    public SignedCheckpoint checkpoint() {
        return checkpoint;
    }

    /**
     * Checks the proof against trusted public keys: a trusted key signed the checkpoint, the record
     * is canonical with the proof's sequence number, its leaf is in the checkpoint's tree at that
     * index, and, when the record carries a signature, it verifies. Empty when all hold.
     */
    public Optional<String> check(TrustStore trust) {
        Optional<PublicKey> signer =
                trust.keys().stream().filter(checkpoint::isSignedBy).findFirst();
        if (signer.isEmpty()) {
            return Optional.of(
                    "the checkpoint is not signed by a trusted key (signers: " + checkpoint.signerNames() + ")");
        }
        byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
        ParsedRecord parsed;
        try {
            parsed = new RecordParser().parse(bytes, 0, bytes.length);
        } catch (RecordParser.BadRecord e) {
            return Optional.of("the record: " + e.getMessage());
        }
        if (parsed.seq() != leafIndex) {
            return Optional.of("the record is seq " + parsed.seq() + ", the proof is for leaf " + leafIndex);
        }
        if (parsed.signed()) {
            Optional<PublicKey> key = trust.key(parsed.keyId());
            if (key.isPresent()
                    && !key.get().verify(RecordLayout.RECORD_DOMAIN, parsed.unsignedBytes(), parsed.signature())) {
                return Optional.of("the record's signature does not verify under key " + parsed.keyId());
            }
        }
        Checkpoint head = checkpoint.checkpoint();
        return MerkleProofs.checkInclusion(
                        leafIndex, head.size(), MerkleHash.leaf(parsed.unsignedBytes()), inclusion, head.root())
                .map(problem -> "inclusion proof: " + problem);
    }
}
