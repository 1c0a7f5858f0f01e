package dev.charter.runtime.ledger.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.runtime.json.CanonicalJson;
import java.math.BigDecimal;
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
 * and scale (beyond the fixed scale, with exponents, near and past the long range), and after
 * subtracting sums of some of them.
 */
class ExactSumProperties {

    @Property(tries = 1000)
    void aSumEqualsTheBigDecimalSumInValueAndScale(@ForAll("amounts") List<BigDecimal> amounts) {
        ExactSum sum = new ExactSum();
        BigDecimal reference = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            String text = CanonicalJson.numberText(amount);
            sum.add(text);
            reference = reference.add(new BigDecimal(text));
            assertEquals(reference, sum.value());
        }
    }

    @Property(tries = 1000)
    void subtractingThePartsOfASumLeavesTheRestAtTheSumsScale(@ForAll("amounts") List<BigDecimal> amounts) {
        ExactSum sum = new ExactSum();
        BigDecimal reference = BigDecimal.ZERO;
        List<ExactSum> parts = new ArrayList<>();
        List<BigDecimal> referenceParts = new ArrayList<>();
        for (BigDecimal amount : amounts) {
            String text = CanonicalJson.numberText(amount);
            sum.add(text);
            reference = reference.add(new BigDecimal(text));
            ExactSum part = new ExactSum();
            part.add(text);
            parts.add(part);
            referenceParts.add(BigDecimal.ZERO.add(new BigDecimal(text)));
        }
        for (int i = 0; i < parts.size(); i += 2) {
            sum.subtract(parts.get(i));
            reference = reference.subtract(referenceParts.get(i));
            assertEquals(reference, sum.value());
        }
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
