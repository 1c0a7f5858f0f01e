package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A snapshot's digest names exactly its values: two snapshots have one digest exactly when they
 * hold equal values, and a snapshot read back from its canonical bytes is the same snapshot. A
 * value with no exact canonical form (a lone surrogate) is refused instead.
 */
class FactSnapshotDigestProperties {

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars('a', '1', '\ud800', '\udc00', '\u0001')
                        .ofMaxLength(3)
                        .map(s -> (Object) s),
                Arbitraries.bigIntegers().map(i -> (Object) new BigDecimal(i, 0)),
                Arbitraries.of(
                                "123456789012345678901234",
                                "9007199254740993",
                                "1e400",
                                "1" + "0".repeat(400),
                                "1e401",
                                "1" + "0".repeat(401),
                                "0.12345678901234567890")
                        .map(t -> (Object) new BigDecimal(t)),
                Arbitraries.of("123456789012345678901234", "9007199254740993", "15000.00")
                        .map(t -> (Object) t));
    }

    @Property(tries = 1000)
    void oneDigestExactlyForEqualValues(@ForAll("values") Object first, @ForAll("values") Object second) {
        FactSnapshot a;
        FactSnapshot b;
        try {
            a = FactSnapshot.builder().add("r", first).build();
            b = FactSnapshot.builder().add("r", second).build();
        } catch (InvalidFactsException refused) {
            return;
        }
        assertEquals(a.relations().equals(b.relations()), a.digest().equals(b.digest()), first + " / " + second);
        String canonical = new String(a.canonicalBytes(), StandardCharsets.UTF_8);
        assertEquals(
                a.digest(),
                FactSnapshot.parse(canonical.getBytes(StandardCharsets.UTF_8)).digest());
    }
}
