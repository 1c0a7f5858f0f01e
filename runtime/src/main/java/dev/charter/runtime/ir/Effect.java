package dev.charter.runtime.ir;

/** What a decision rule, a default or a conflict policy does with a request. */
public enum Effect {
    PERMIT,
    DENY,
    ESCALATE;

    private final String keyword = name().toLowerCase(java.util.Locale.ROOT);

    /** The keyword in the language and the lower-case name in JSON. */
    public String keyword() {
        return keyword;
    }
}
