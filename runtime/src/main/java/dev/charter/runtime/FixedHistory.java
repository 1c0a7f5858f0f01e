package dev.charter.runtime;

import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A history given as the values its aggregates take, whatever the current request: the history
 * of a solver's witness, and of tests. The count of a query is shared by every query of the program
 * that selects the same decisions (a sum and a count of them); a query given no count reads 0, a
 * sum given no value 0, as over an empty history. Immutable and thread-safe.
 */
public final class FixedHistory implements HistoryReader {

    private final long[] counts;
    private final long[] intSums;
    private final boolean[] beyond64Bits;
    private final BigDecimal[] decimalSums;

    private FixedHistory(long[] counts, long[] intSums, boolean[] beyond64Bits, BigDecimal[] decimalSums) {
        this.counts = counts;
        this.intSums = intSums;
        this.beyond64Bits = beyond64Bits;
        this.decimalSums = decimalSums;
    }

    /** A history of {@code program}'s queries, every aggregate 0 until set. */
    public static Builder builder(Program program) {
        return new Builder(program.historyQueries());
    }

    public long count(int query, Request current) {
        return counts[query];
    }

    /** @throws ArithmeticException when the sum was given beyond 64 bits */
    public long intSum(int query, Request current) {
        if (beyond64Bits[query]) {
            throw new ArithmeticException("the sum of query " + query + " passes 64 bits");
        }
        return intSums[query];
    }

    public BigDecimal decimalSum(int query, Request current) {
        return decimalSums[query];
    }

    /** Sets the values of a fixed history; queries the program does not read are ignored. */
    public static final class Builder {
        private final List<HistoryQuery> queries;
        private final long[] counts;
        private final long[] intSums;
        private final boolean[] beyond64Bits;
        private final BigDecimal[] decimalSums;

        private Builder(List<HistoryQuery> queries) {
            this.queries = queries;
            this.counts = new long[queries.size()];
            this.intSums = new long[queries.size()];
            this.beyond64Bits = new boolean[queries.size()];
            this.decimalSums = new BigDecimal[queries.size()];
            Arrays.fill(decimalSums, BigDecimal.ZERO);
        }

        /** The number of earlier decisions {@code query} selects (its summand, if any, ignored); at least 0. */
        public Builder count(HistoryQuery query, long count) {
            if (count < 0) {
                throw new IllegalArgumentException("a count is at least 0, not " + count);
            }
            for (int i = 0; i < queries.size(); i++) {
                if (queries.get(i).counted().equals(query.counted())) {
                    counts[i] = count;
                }
            }
            return this;
        }

        /**
         * The sum of {@code query}'s summand: a {@code Long}, or an integral {@code BigDecimal},
         * for an int summand (one beyond 64 bits, as several 64-bit amounts can add up to, is read
         * as an {@link ArithmeticException}); a {@code BigDecimal} for a decimal one.
         */
        public Builder sum(HistoryQuery query, Number sum) {
            Objects.requireNonNull(sum);
            int i = queries.indexOf(query);
            if (i < 0) {
                return this;
            }
            if (query.summed().orElseThrow().type() == PrimitiveType.INT) {
                BigInteger whole = sum instanceof BigDecimal d ? d.toBigIntegerExact() : BigInteger.valueOf((Long) sum);
                beyond64Bits[i] = whole.bitLength() > 63;
                intSums[i] = whole.longValue();
            } else {
                decimalSums[i] = (BigDecimal) sum;
            }
            return this;
        }

        public FixedHistory build() {
            return new FixedHistory(counts.clone(), intSums.clone(), beyond64Bits.clone(), decimalSums.clone());
        }
    }
}
