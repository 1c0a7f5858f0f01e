package dev.charter.runtime.bundle;

/**
 * A bundle the runtime refuses to run. The {@link #reason()} says which check failed, the
 * message says it in words fit for one line of a log or a terminal; an engine without a valid
 * bundle denies every request.
 */
public final class BundleRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Which check refused the bundle, in the order they are made. */
    public enum Reason {
        /** Not a bundle: not canonical JSON, or a member missing, extra or ill-typed. */
        MALFORMED,
        /** A bundle of a format version this runtime does not know. */
        UNSUPPORTED_FORMAT,
        /** The recorded digest is not the digest of the content: the content was changed. */
        DIGEST_MISMATCH,
        /** The bundle carries no signature. */
        UNSIGNED,
        /** The signing key is not in the trust store. */
        UNTRUSTED_KEY,
        /** The signature does not verify under the trusted key with that id. */
        BAD_SIGNATURE,
        /** Signed and intact, but the program breaks an IR invariant. */
        INVALID_PROGRAM
    }

    private final Reason reason;

    BundleRejectedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
