package dev.charter.runtime.diagnostics;

import java.util.Locale;

/** How serious a diagnostic or a solver finding is. Only errors stop compilation. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The word users see: {@code error}, {@code warning}, {@code info}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
