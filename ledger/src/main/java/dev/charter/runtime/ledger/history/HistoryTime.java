package dev.charter.runtime.ledger.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The minute of a record's time, the granularity of every history window: minutes since the
 * epoch, rounded down, of a {@code recorded_at} text (ISO-8601 UTC,
 * {@code 2026-12-04T18:02:19.123Z}).
 */
public final class HistoryTime {

    private HistoryTime() {}

    public static long minute(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60);
    }

    /**
     * The minute of the ISO-8601 UTC text in {@code ascii[from, to)} (without quotes).
     *
     * @throws IllegalArgumentException when it is not such a time
     */
    public static long minute(byte[] ascii, int from, int to) {
        if (to - from >= 17
                && ascii[from + 4] == '-'
                && ascii[from + 7] == '-'
                && ascii[from + 10] == 'T'
                && ascii[from + 13] == ':'
                && ascii[from + 16] == ':') {
            int year = digits(ascii, from, 4);
            int month = digits(ascii, from + 5, 2);
            int day = digits(ascii, from + 8, 2);
            int hour = digits(ascii, from + 11, 2);
            int minute = digits(ascii, from + 14, 2);
            if (year >= 0
                    && month >= 1
                    && month <= 12
                    && day >= 1
                    && day <= 31
                    && hour >= 0
                    && hour < 24
                    && minute >= 0
                    && minute < 60) {
                try {
                    return LocalDate.of(year, month, day).toEpochDay() * 1440L + hour * 60L + minute;
                } catch (java.time.DateTimeException e) {
                    throw new IllegalArgumentException("not a record time: no such date");
                }
            }
        }
        try {
            return minute(Instant.parse(new String(ascii, from, to - from, StandardCharsets.US_ASCII)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a record time: " + e.getMessage());
        }
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
