package dev.charter.runtime;

/**
 * A request's JSON is malformed, does not have the shape docs/requests.md describes, holds a value
 * with no exact canonical form, or is beyond the limits of {@link dev.charter.runtime.json.JsonLimits}.
 * The engine answers it with DENY and {@link #reasonCode()}.
 */
public final class RequestFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ReasonCode reasonCode;

    public RequestFormatException(String message) {
        this(ReasonCode.MALFORMED_REQUEST, message, null);
    }

    public RequestFormatException(String message, Throwable cause) {
        this(ReasonCode.MALFORMED_REQUEST, message, cause);
    }

    /** A refusal with its own reason code: {@code MALFORMED_REQUEST} or {@code REQUEST_LIMIT_EXCEEDED}. */
    public RequestFormatException(ReasonCode reasonCode, String message, Throwable cause) {
        super(message, cause);
        this.reasonCode = reasonCode;
    }

    /** The reason code of the DENY that answers this request. */
    public ReasonCode reasonCode() {
        return reasonCode;
    }
}
