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
 * their canonical text as {@link AmountColumn} parses them, after subtracting sums of some of
 * them, and copied.
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
        SumColumn parts = new SumColumn(amounts.size());
        AmountColumn parsed = new AmountColumn(amounts.size());
        BigDecimal reference = BigDecimal.ZERO;
        List<BigDecimal> referenceParts = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            String text = CanonicalJson.numberText(amounts.get(i));
            parse(parsed, i, text);
            sum.add(0, parsed, i);
            reference = reference.add(new BigDecimal(text));
            parts.add(i, parsed, i);
            referenceParts.add(BigDecimal.ZERO.add(new BigDecimal(text)));
        }
        for (int i = 0; i < amounts.size(); i += 2) {
            sum.subtract(0, parts, i);
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
