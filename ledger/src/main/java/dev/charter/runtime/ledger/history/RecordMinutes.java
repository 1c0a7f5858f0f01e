package dev.charter.runtime.ledger.history;

/**
 * {@link HistoryTime#minute(byte[], int, int)} for a run of record times, most of which fall on
 * the day of the one before: the day's number is worked out once per day met, and a time on that
 * day costs its hour and minute digits. The same minute as {@code HistoryTime} gives, for every
 * text. Not thread-safe: one per reader.
 */
public final class RecordMinutes {

    /** The date text ({@code yyyy-mm-dd}) of the day held, its bytes packed, or -1 for none. */
    private long date = -1;
    /** The held day's first minute since the epoch. */
    private long dayStart;

    /**
     * The minute of the ISO-8601 UTC text in {@code ascii[from, to)} (without quotes).
     *
     * @throws IllegalArgumentException when it is not such a time
     */
    public long minute(byte[] ascii, int from, int to) {
        if (!fixedLayout(ascii, from, to)) {
            return HistoryTime.minute(ascii, from, to);
        }
        int hour = digits(ascii, from + 11, 2);
        int minute = digits(ascii, from + 14, 2);
        long packed = packedDate(ascii, from);
        if (packed >= 0 && packed == date && hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
            return dayStart + hour * 60L + minute;
        }
        long result = HistoryTime.minute(ascii, from, to);
        if (packed >= 0 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
            date = packed;
            dayStart = result - hour * 60L - minute;
        }
        return result;
    }

    /** Whether the text has the layout {@code yyyy-mm-ddThh:mm:…} that {@link HistoryTime} reads directly. */
    private static boolean fixedLayout(byte[] ascii, int from, int to) {
        return to - from >= 17
                && ascii[from + 4] == '-'
                && ascii[from + 7] == '-'
                && ascii[from + 10] == 'T'
                && ascii[from + 13] == ':'
                && ascii[from + 16] == ':';
    }

    /**
     * The date's year, month and day packed into one number when they are digits in the ranges
     * {@link HistoryTime} reads directly (so that it computed the minute from them, not by
     * parsing), else -1.
     */
    private static long packedDate(byte[] ascii, int from) {
        int year = digits(ascii, from, 4);
        int month = digits(ascii, from + 5, 2);
        int day = digits(ascii, from + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return -1;
        }
        return year * 10_000L + month * 100L + day;
    }

    private static int digits(byte[] ascii, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = ascii[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
