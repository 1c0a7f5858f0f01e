package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.PublicKey;
import dev.charter.runtime.keys.Sha256;
import dev.charter.runtime.keys.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A checkpoint as a C2SP signed note: the checkpoint text, a blank line, then one line
 * {@code — <name> <base64(key hash || signature)>} per signature. The name is the signer's key
 * id; the key hash is the first 4 bytes of SHA-256(name || 0x0A || 0x01 || public key), 0x01
 * being the signed-note type of Ed25519; the signature is Ed25519 over the text. Any signed-note
 * implementation (Go's {@code golang.org/x/mod/sumdb/note} for one) verifies it. Immutable.
 */
public final class SignedCheckpoint {

    private static final String SIGNATURE_PREFIX = "\u2014 ";
    private static final int MAX_SIGNATURES = 100;
    private static final byte ED25519_TYPE = 0x01;

    private final Checkpoint checkpoint;
    private final List<NoteSignature> signatures;

    private SignedCheckpoint(Checkpoint checkpoint, List<NoteSignature> signatures) {
        this.checkpoint = checkpoint;
        this.signatures = List.copyOf(signatures);
    }

    /** Signs {@code checkpoint} with {@code key}, named by its key id. */
    public static SignedCheckpoint sign(Checkpoint checkpoint, SigningKey key) {
        String name = key.keyId().hex();
        byte[] signature = key.signNote(checkpoint.body().getBytes(StandardCharsets.UTF_8));
        return new SignedCheckpoint(
                checkpoint, List.of(new NoteSignature(name, keyHash(name, key.publicKey()), signature)));
    }

    /**
     * Reads a signed note.
     *
     * @throws CheckpointFormatException naming what is malformed
     */
    public static SignedCheckpoint parse(String note) throws CheckpointFormatException {
        int split = note.indexOf("\n\n");
        if (split < 0) {
            throw new CheckpointFormatException("no blank line between the checkpoint text and its signatures");
        }
        Checkpoint checkpoint = Checkpoint.parseBody(note.substring(0, split + 1));
        String block = note.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw new CheckpointFormatException("the signature block is empty or does not end with a newline");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line : block.substring(0, block.length() - 1).split("\n", -1)) {
            signatures.add(parseSignature(line));
        }
        if (signatures.size() > MAX_SIGNATURES) {
            throw new CheckpointFormatException("more than " + MAX_SIGNATURES + " signatures");
        }
        return new SignedCheckpoint(checkpoint, signatures);
    }

    private static NoteSignature parseSignature(String line) throws CheckpointFormatException {
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw new CheckpointFormatException("signature line does not start with an em dash and a space");
        }
        String[] parts = line.substring(SIGNATURE_PREFIX.length()).split(" ", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[0].contains("+")) {
            throw new CheckpointFormatException("a signature line is '— <name> <base64>'");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new CheckpointFormatException("signature of '" + parts[0] + "' is not base64");
        }
        if (blob.length < 5) {
            throw new CheckpointFormatException("signature of '" + parts[0] + "' is too short");
        }
        return new NoteSignature(parts[0], Arrays.copyOf(blob, 4), Arrays.copyOfRange(blob, 4, blob.length));
    }

    public Checkpoint checkpoint() {
        return checkpoint;
    }

    /** The names of the keys that signed (verified or not), in note order. */
    public List<String> signerNames() {
        return signatures.stream().map(NoteSignature::name).toList();
    }

    /** Whether {@code key}, named by its key id, has a valid signature on this checkpoint. */
    public boolean isSignedBy(PublicKey key) {
        String name = key.keyId().hex();
        byte[] hash = keyHash(name, key);
        byte[] text = checkpoint.body().getBytes(StandardCharsets.UTF_8);
        for (NoteSignature signature : signatures) {
            if (signature.name().equals(name)
                    && Arrays.equals(signature.keyHash(), hash)
                    && key.verifyNote(text, signature.signature())) {
                return true;
            }
        }
        return false;
    }

    /** The whole note: text, blank line, signature lines. */
    public String text() {
        StringBuilder note = new StringBuilder(checkpoint.body()).append('\n');
        for (NoteSignature signature : signatures) {
            byte[] blob = new byte[4 + signature.signature().length];
            System.arraycopy(signature.keyHash(), 0, blob, 0, 4);
            System.arraycopy(signature.signature(), 0, blob, 4, signature.signature().length);
            note.append(SIGNATURE_PREFIX)
                    .append(signature.name())
                    .append(' ')
                    .append(Base64.getEncoder().encodeToString(blob))
                    .append('\n');
        }
        return note.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    static byte[] keyHash(String name, PublicKey key) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        sha.update(ED25519_TYPE);
        sha.update(key.bytes());
        return Arrays.copyOf(sha.digest(), 4);
    }

    /** One signature line. */
    private record NoteSignature(String name, byte[] keyHash, byte[] signature) {}
}
