package dev.charter.runtime.keys;

import java.util.HexFormat;

/**
 * The short name of an Ed25519 public key: the first 8 bytes of SHA-256 over the raw 32-byte
 * public key, as 16 lower-case hex digits. Bundles and ledger records carry it so that a
 * verifier picks the right key from its {@link TrustStore} without trying them all; it is a
 * hint, never a proof: the signature is always checked against the full key.
 */
public record KeyId(String hex) {

    private static final int BYTES = 8;

    public KeyId {
        if (!isWellFormed(hex)) {
            throw new IllegalArgumentException("a key id is 16 lower-case hex digits, not '" + hex + "'");
        }
    }

    /** The key id of a raw 32-byte Ed25519 public key. */
    static KeyId of(byte[] rawPublicKey) {
        return new KeyId(HexFormat.of().formatHex(Sha256.of(rawPublicKey), 0, BYTES));
    }

    /** Reads a key id as written in bundles, ledgers and key files. */
    public static KeyId parse(String text) throws KeyFormatException {
        if (!isWellFormed(text)) {
            throw new KeyFormatException("malformed key id '" + text + "': expected 16 lower-case hex digits");
        }
        return new KeyId(text);
    }

    private static boolean isWellFormed(String text) {
        return text != null && text.length() == 2 * BYTES && text.chars().allMatch(KeyId::isLowerHex);
    }

    static boolean isLowerHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    @Override
    public String toString() {
        return hex;
    }
}
