package dev.charter.runtime.keys;

/**
 * A key, key id or trust file that does not follow the documented text format
 * ({@code docs/bundle-format.md}, section "Keys"); the message says where and what.
 */
public final class KeyFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public KeyFormatException(String message) {
        super(message);
    }
}
