package dev.charter.runtime.keys;

import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key that verifies Charter signatures. Immutable and thread-safe.
 * Verification is strict RFC 8032 (Bouncy Castle): non-canonical encodings of the
 * signature's R and S and S ≥ L are refused, so a signature cannot be altered into another
 * valid one.
 */
public final class PublicKey {

    /** Size of a raw Ed25519 public key. */
    public static final int SIZE = Ed25519PublicKeyParameters.KEY_SIZE;
    /** Size of an Ed25519 signature. */
    public static final int SIGNATURE_SIZE = Ed25519.SIGNATURE_SIZE;

    private final byte[] raw;
    private final Ed25519PublicKeyParameters parameters;
    private final KeyId keyId;

    private PublicKey(byte[] raw, Ed25519PublicKeyParameters parameters) {
        this.raw = raw;
        this.parameters = parameters;
        this.keyId = KeyId.of(raw);
    }

    /**
     * Reads a raw 32-byte public key.
     *
     * @throws KeyFormatException when the bytes are not 32 long or not a point of the curve
     */
    public static PublicKey fromBytes(byte[] raw) throws KeyFormatException {
        if (raw == null || raw.length != SIZE) {
            throw new KeyFormatException("an Ed25519 public key has " + SIZE + " bytes");
        }
        byte[] copy = raw.clone();
        try {
            return new PublicKey(copy, new Ed25519PublicKeyParameters(copy));
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException("not an Ed25519 public key: the bytes do not encode a curve point");
        }
    }

    static PublicKey of(Ed25519PublicKeyParameters parameters) {
        return new PublicKey(parameters.getEncoded(), parameters);
    }

    public KeyId keyId() {
        return keyId;
    }

    /** The raw 32-byte key (a copy). */
    public byte[] bytes() {
        return raw.clone();
    }

    /** Whether {@code signature} is this key's signature of {@code message} in {@code domain}. */
    public boolean verify(SignatureDomain domain, byte[] message, byte[] signature) {
        return verifyRaw(domain.signedBytes(message), signature);
    }

    /** Whether {@code signature} is this key's signature of a signed note's text (see {@link SigningKey#signNote}). */
    public boolean verifyNote(byte[] noteText, byte[] signature) {
        return verifyRaw(noteText, signature);
    }

    /** Plain Ed25519 verification, without a domain; only the Wycheproof tests call it directly. */
    boolean verifyRaw(byte[] signedBytes, byte[] signature) {
        if (signature == null || signature.length != SIGNATURE_SIZE) {
            return false;
        }
        return parameters.verify(Ed25519.Algorithm.Ed25519, null, signedBytes, 0, signedBytes.length, signature, 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicKey key && Arrays.equals(raw, key.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "ed25519 " + keyId;
    }
}
