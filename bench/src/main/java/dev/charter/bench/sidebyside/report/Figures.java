package dev.charter.bench.sidebyside.report;

import java.util.List;
import java.util.Locale;

/** How the report writes numbers: three significant digits, thousands separated, "—" when missing. */
final class Figures {

    static final String MISSING = "—";
    private static final List<String> ENGINES = List.of(
            "charter",
            "charter-json",
            "charter-ledger-batched",
            "charter-ledger-signed",
            "cedar",
            "jcasbin",
            "drools",
            "biscuit");

    private Figures() {}

    static String micros(double value) {
        return Double.isNaN(value) ? MISSING : significant(value) + " µs";
    }

    static String count(double value) {
        return Double.isNaN(value) ? MISSING : String.format(Locale.ROOT, "%,.0f", value);
    }

    static String megabytes(double bytes) {
        return Double.isNaN(bytes) ? MISSING : String.format(Locale.ROOT, "%.1f MB", bytes / (1024 * 1024));
    }

    static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? MISSING : significant(value) + "×";
    }

    static String significant(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Charter first, then the peers in a fixed order, then anything else. */
    static int engineOrder(String engine) {
        int i = ENGINES.indexOf(engine);
        return i < 0 ? ENGINES.size() : i;
    }
}
