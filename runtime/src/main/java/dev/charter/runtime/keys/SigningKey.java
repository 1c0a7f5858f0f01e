package dev.charter.runtime.keys;

import java.security.SecureRandom;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 private key with its public half: it signs bundles (and ledger records) in a
 * {@link SignatureDomain}. Immutable and thread-safe. Its {@link #toString()} never shows the
 * secret; key files are written and read by {@link KeyFiles}.
 */
public final class SigningKey {

    /** Size of the secret seed an Ed25519 private key is derived from. */
    public static final int SEED_SIZE = Ed25519PrivateKeyParameters.KEY_SIZE;

    private final Ed25519PrivateKeyParameters parameters;
    private final PublicKey publicKey;

    private SigningKey(Ed25519PrivateKeyParameters parameters) {
        this.parameters = parameters;
        this.publicKey = PublicKey.of(parameters.generatePublicKey());
    }

    /** A fresh key from the platform's strong random source. */
    public static SigningKey generate() {
        return generate(new SecureRandom());
    }

    public static SigningKey generate(SecureRandom random) {
        return new SigningKey(new Ed25519PrivateKeyParameters(random));
    }

    /**
     * The key derived from a 32-byte secret seed (RFC 8032 §5.1.5), as stored in a key file.
     *
     * @throws KeyFormatException when the seed is not 32 bytes long
     */
    public static SigningKey fromSeed(byte[] seed) throws KeyFormatException {
        if (seed == null || seed.length != SEED_SIZE) {
            throw new KeyFormatException("an Ed25519 private key seed has " + SEED_SIZE + " bytes");
        }
        return new SigningKey(new Ed25519PrivateKeyParameters(seed.clone()));
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public KeyId keyId() {
        return publicKey.keyId();
    }

    /** Signs {@code message} in {@code domain}; Ed25519 is deterministic, so equal inputs give equal signatures. */
    public byte[] sign(SignatureDomain domain, byte[] message) {
        byte[] signed = domain.signedBytes(message);
        byte[] signature = new byte[PublicKey.SIGNATURE_SIZE];
        parameters.sign(Ed25519.Algorithm.Ed25519, null, signed, 0, signed.length, signature, 0);
        return signature;
    }

    /**
     * Signs the text of a C2SP signed note (a ledger checkpoint) the way every signed-note verifier
     * expects: plain Ed25519 over the text, without a {@link SignatureDomain}. A note text never
     * equals domain-separated bytes: its origin line may not start with {@code charter/}, the
     * prefix of every domain label Charter uses (the ledger checks this), so it never begins with a label.
     */
    public byte[] signNote(byte[] noteText) {
        byte[] signature = new byte[PublicKey.SIGNATURE_SIZE];
        parameters.sign(Ed25519.Algorithm.Ed25519, null, noteText, 0, noteText.length, signature, 0);
        return signature;
    }

    /** The secret seed, for {@link KeyFiles} only. */
    byte[] seed() {
        return parameters.getEncoded();
    }

    @Override
    public String toString() {
        return "ed25519 signing key " + keyId();
    }
}
