package dev.charter.proofs.agreement;

import dev.charter.runtime.FixedHistory;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The history a scenario is decided over, on both sides: a count for each distinct counted query
 * of the program and a sum for each summed one, consistent with its count (0 over no decision),
 * as the solver's history unknowns may take them. The runtime reads it as a {@link FixedHistory},
 * the solver's encoding with its unknowns fixed to it.
 *
 * @param counts the count of each counted query ({@link HistoryQuery#counted})
 * @param sums the sum of each summed query: a {@code Long} for an int summand (an integral
 *     {@code BigDecimal} beyond 64 bits), a {@code BigDecimal} for a decimal one
 */
public record HistoryValues(Map<HistoryQuery, Long> counts, Map<HistoryQuery, Number> sums) {

    public HistoryValues {
        counts = Map.copyOf(counts);
        sums = Map.copyOf(sums);
    }

    /** Int sums of several 64-bit amounts that pass 64 bits, which the runtime denies as an overflow. */
    private static final List<BigDecimal> BEYOND_64_BITS = List.of(
            new BigDecimal("9223372036854775808"),
            new BigDecimal("-9223372036854775809"),
            new BigDecimal("18446744073709551614"));

    /** Decimal sums of several amounts, each under 10^40, that reach 10^40 and beyond. */
    private static final List<BigDecimal> BEYOND_DECIMAL_BOUND = List.of(
            new BigDecimal("1e40"),
            new BigDecimal("-1.5e40"),
            new BigDecimal("19999999999999999999999999999999999999999.5"));

    /** A sum beyond what one amount can hold. */
    private record Beyond(Number sum) {}

    /** The history over no decision: every count and sum 0. */
    public static HistoryValues none() {
        return new HistoryValues(Map.of(), Map.of());
    }

    /**
     * Random histories of {@code program}'s queries: counts from 0 to 7, 0 most often so that
     * empty histories stay common; sums from -1000 to 1000 (decimals with two places) where the
     * count is above 0, and now and then, over two decisions or more, a sum no single amount can
     * reach (an int sum beyond 64 bits, a decimal one of 10^40 or more). Shrinks towards the empty
     * history.
     */
    public static Arbitrary<HistoryValues> of(Program program) {
        List<HistoryQuery> counted = program.historyQueries().stream()
                .map(HistoryQuery::counted)
                .distinct()
                .toList();
        List<HistoryQuery> summed = program.historyQueries().stream()
                .filter(q -> q.summed().isPresent())
                .toList();
        if (counted.isEmpty()) {
            return Arbitraries.just(none());
        }
        List<Arbitrary<Object>> parts = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            parts.add(Arbitraries.frequencyOf(
                            Tuple.of(2, Arbitraries.just(0L)),
                            Tuple.of(3, Arbitraries.longs().between(1, 7)))
                    .map(c -> c));
        }
        for (HistoryQuery query : summed) {
            boolean ints = query.summed().get().type() == PrimitiveType.INT;
            Arbitrary<Number> sums = ints
                    ? Arbitraries.longs().between(-1000, 1000).map(s -> s)
                    : Arbitraries.bigDecimals()
                            .between(new BigDecimal(-1000), new BigDecimal(1000))
                            .ofScale(2)
                            .map(s -> s);
            Arbitrary<BigDecimal> beyond = Arbitraries.of(ints ? BEYOND_64_BITS : BEYOND_DECIMAL_BOUND);
            parts.add(Arbitraries.frequencyOf(
                    Tuple.of(9, sums.map(s -> (Object) s)), Tuple.of(1, beyond.map(s -> (Object) new Beyond(s)))));
        }
        return Combinators.combine(parts).as(values -> {
            Map<HistoryQuery, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < counted.size(); i++) {
                counts.put(counted.get(i), (Long) values.get(i));
            }
            Map<HistoryQuery, Number> sums = new LinkedHashMap<>();
            for (int i = 0; i < summed.size(); i++) {
                HistoryQuery query = summed.get(i);
                long count = counts.get(query.counted());
                Object sum = values.get(counted.size() + i);
                if (sum instanceof Beyond beyond) {
                    // Beyond what one amount holds: only a sum of two decisions or more.
                    if (count >= 2) {
                        sums.put(query, beyond.sum());
                    }
                } else if (count > 0) {
                    sums.put(query, (Number) sum);
                }
            }
            return new HistoryValues(counts, sums);
        });
    }

    /** The runtime's reader of this history for {@code program}: what it does not hold is 0. */
    public FixedHistory reader(Program program) {
        FixedHistory.Builder builder = FixedHistory.builder(program);
        counts.forEach(builder::count);
        sums.forEach(builder::sum);
        return builder.build();
    }

    /** {@code count(permitted refund, same agent) = 3, sum(...) = 12.50}; {@code empty} for none. */
    @Override
    public String toString() {
        if (counts.isEmpty()) {
            return "empty";
        }
        Map<String, String> shown = new java.util.TreeMap<>();
        counts.forEach((q, c) -> shown.put(q.text(Expr.HistoryAggregate.COUNT), c.toString()));
        sums.forEach((q, s) -> shown.put(q.text(Expr.HistoryAggregate.SUM), s.toString()));
        return shown.entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
