package dev.charter.runtime.ledger.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A run of record times read with the day held from one to the next gives, for each, the minute
 * {@link HistoryTime} gives, or fails as it fails: times on the same day, the next day, earlier
 * days, and texts with a character changed anywhere (impossible dates and hours among them).
 */
class RecordMinutesProperties {

    @Property(tries = 300)
    void aRunOfTimesReadsAsEachAlone(@ForAll("runs") List<String> times) {
        RecordMinutes minutes = new RecordMinutes();
        for (String time : times) {
            byte[] text = ("\"" + time + "\"").getBytes(StandardCharsets.UTF_8);
            assertEquals(alone(text), held(minutes, text), time);
        }
    }

    private static String alone(byte[] text) {
        try {
            return String.valueOf(HistoryTime.minute(text, 1, text.length - 1));
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }

    private static String held(RecordMinutes minutes, byte[] text) {
        try {
            return String.valueOf(minutes.minute(text, 1, text.length - 1));
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }

    @Provide
    Arbitrary<List<String>> runs() {
        long base = Instant.parse("2026-02-27T22:00:00Z").toEpochMilli();
        Arbitrary<String> near = Arbitraries.longs()
                .between(0, 4L * 24 * 3600 * 1000)
                .map(offset -> Instant.ofEpochMilli(base + offset).toString());
        Arbitrary<String> changed = near.flatMap(time -> Arbitraries.integers()
                .between(0, time.length() - 1)
                .flatMap(at -> Arbitraries.of('0', '1', '2', '3', '5', '9', 'T', ':', '-', 'x')
                        .map(c -> time.substring(0, at) + c + time.substring(at + 1))));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, near),
                        net.jqwik.api.Tuple.of(3, changed),
                        net.jqwik.api.Tuple.of(
                                1,
                                Arbitraries.of(
                                        "2026-02-30T10:00:00Z",
                                        "2026-13-01T10:00:00Z",
                                        "2026-12-01T24:00:00Z",
                                        "2026-12-01T10:60:00Z",
                                        "2026-12-01T10:00Z")))
                .list()
                .ofMaxSize(40);
    }
}
