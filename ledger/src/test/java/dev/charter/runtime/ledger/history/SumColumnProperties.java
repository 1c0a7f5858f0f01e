package dev.charter.runtime.ledger.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.runtime.json.CanonicalJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A sum held as a fixed-scale long, and as a {@code BigDecimal} once it leaves that range, equals
 * the {@code BigDecimal} sum from {@code ZERO} in value and in scale: for amounts of every size
 * and scale (beyond the fixed scale, with exponents, near and past the long range), parsed from
 * their canonical text as {@link AmountColumn} parses them, after subtracting parts of them
 * held in {@link MinuteEntries} (each part one minute's amounts, fixed or not), and copied.
 */
class SumColumnProperties {

    @Property(tries = 1000)
    void aSumEqualsTheBigDecimalSumInValueAndScale(@ForAll("amounts") List<BigDecimal> amounts) {
        SumColumn sums = new SumColumn(2);
        AmountColumn parsed = new AmountColumn(1);
        BigDecimal reference = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            String text = CanonicalJson.numberText(amount);
            parse(parsed, 0, text);
            assertEquals(new BigDecimal(text), parsed.value(0), "the amount as parsed");
            sums.add(1, parsed, 0);
            reference = reference.add(new BigDecimal(text));
            assertEquals(reference, sums.value(1));
        }
        SumColumn copy = new SumColumn(1);
        copy.copy(0, sums, 1);
        assertEquals(reference, copy.value(0));
    }

    @Property(tries = 1000)
    void subtractingThePartsOfASumLeavesTheRestAtTheSumsScale(@ForAll("amounts") List<BigDecimal> amounts) {
        SumColumn sum = new SumColumn(1);
        MinuteEntries parts = new MinuteEntries(true);
        AmountColumn parsed = new AmountColumn(amounts.size());
        BigDecimal reference = BigDecimal.ZERO;
        List<Integer> entries = new ArrayList<>();
        List<BigDecimal> referenceParts = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            String text = CanonicalJson.numberText(amounts.get(i));
            parse(parsed, i, text);
            sum.add(0, parsed, i);
            reference = reference.add(new BigDecimal(text));
            if (i % 3 == 1) {
                parts.count(entries.get(entries.size() - 1), parsed, i);
                int last = referenceParts.size() - 1;
                referenceParts.set(last, referenceParts.get(last).add(new BigDecimal(text)));
            } else {
                entries.add(parts.add(i, parsed, i));
                referenceParts.add(BigDecimal.ZERO.add(new BigDecimal(text)));
            }
        }
        for (int i = 0; i < entries.size(); i += 2) {
            parts.subtractFrom(entries.get(i), sum, 0);
            reference = reference.subtract(referenceParts.get(i));
            assertEquals(reference, sum.value(0));
        }
    }

    private static void parse(AmountColumn column, int a, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        column.set(a, bytes, 0, bytes.length);
    }

    @Provide
    Arbitrary<List<BigDecimal>> amounts() {
        Arbitrary<BigDecimal> small = Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
                .ofScale(2);
        Arbitrary<BigDecimal> any = Arbitraries.longs()
                .map(BigDecimal::valueOf)
                .flatMap(unscaled -> Arbitraries.integers().between(-20, 20).map(unscaled::movePointLeft));
        Arbitrary<BigDecimal> nearLimit = Arbitraries.bigDecimals()
                .between(new BigDecimal("-999999999999.999999"), new BigDecimal("999999999999.999999"))
                .ofScale(6);
        return Arbitraries.frequencyOf(Tuple.of(6, small), Tuple.of(2, any), Tuple.of(2, nearLimit))
                .list()
                .ofMaxSize(30);
    }
}
