package dev.charter.runtime.keys;

import java.nio.charset.StandardCharsets;

/**
 * What a signature is for. Every Charter signature is an Ed25519 signature over
 * {@code label + "\n" + message}, so that a signature made for one purpose (a bundle) can never
 * be replayed as another (a ledger record), even if the two messages happened to be equal.
 * Labels are printable ASCII without spaces or newlines, so the first newline ends the label and
 * no two domains produce the same signed bytes. They all start with {@code charter/}, so text
 * signed without a domain (a C2SP signed note, whose first line the ledger never lets start so)
 * can never be taken for a domain-separated message either.
 *
 * <p>Labels in use: {@code charter/bundle/v1} ({@link #BUNDLE}); the ledger defines its own
 * under {@code charter/ledger/}.
 */
public record SignatureDomain(String label) {

    /** The prefix every label starts with. */
    public static final String LABEL_PREFIX = "charter/";

    /** Signatures over a bundle's digest. */
    public static final SignatureDomain BUNDLE = new SignatureDomain("charter/bundle/v1");

    public SignatureDomain {
        if (label == null
                || !label.startsWith(LABEL_PREFIX)
                || label.length() == LABEL_PREFIX.length()
                || !label.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new IllegalArgumentException(
                    "a signature domain label is charter/ then printable ASCII without spaces: " + label);
        }
    }

    /** The bytes actually signed: the label, a newline, then the message. */
    byte[] signedBytes(byte[] message) {
        byte[] prefix = (label + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] signed = new byte[prefix.length + message.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(message, 0, signed, prefix.length, message.length);
        return signed;
    }
}
