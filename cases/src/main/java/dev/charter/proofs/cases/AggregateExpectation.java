package dev.charter.proofs.cases;

import dev.charter.runtime.Trace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A test's statement of a history aggregate its decision read, {@code expect count(permitted
 * refund, same agent, within 1 hour) = 5}: the decision's trace must list the term (as written in
 * the constitution, in any of its spellings: {@link HistoryTermText}) with that value. Numbers
 * compare numerically, so {@code 500} and {@code 500.00} are equal.
 *
 * @param term  the term as the trace names it ({@link HistoryTermText#canonical})
 * @param value the expected value: a number, {@code true} or {@code false}
 */
public record AggregateExpectation(String term, String value) {

    /** Empty when the trace lists the term with the expected value; otherwise what it shows instead. */
    public Optional<Mismatch> mismatch(List<Trace.HistoryRead> reads) {
        List<Object> values = reads.stream()
                .filter(r -> r.term().equals(term))
                .map(Trace.HistoryRead::value)
                .distinct()
                .toList();
        if (values.isEmpty()) {
            return Optional.of(new Mismatch(term, value, "(not read by the decision)"));
        }
        Object actual = values.get(0);
        return values.size() == 1 && equal(actual)
                ? Optional.empty()
                : Optional.of(new Mismatch(term, value, String.valueOf(actual)));
    }

    private boolean equal(Object actual) {
        if (actual instanceof Number) {
            try {
                return new BigDecimal(actual.toString()).compareTo(new BigDecimal(value)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return String.valueOf(actual).equals(value);
    }

    @Override
    public String toString() {
        return term + " = " + value;
    }
}
