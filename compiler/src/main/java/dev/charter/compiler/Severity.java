package dev.charter.compiler;

/** How serious a diagnostic is. Only errors stop compilation. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
