package dev.charter.runtime.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The {@code recorded_at} text of an instant: ISO-8601 UTC to the millisecond. Thousands of
 * records share a millisecond under load, so the last text is kept and reused.
 */
final class Timestamps {

    private static volatile Last last = new Last(Long.MIN_VALUE, "");

    private Timestamps() {}

    private record Last(long millis, String text) {}

    static String of(Instant instant) {
        long millis = instant.toEpochMilli();
        Last seen = last;
        if (seen.millis() == millis) {
            return seen.text();
        }
        String text = instant.truncatedTo(ChronoUnit.MILLIS).toString();
        last = new Last(millis, text);
        return text;
    }
}
