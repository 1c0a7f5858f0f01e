package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TypedReaderTest {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]{1,4})?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");
    private static final Schema SCHEMA = FintechProgram.program().schema();

    @Property(tries = 2000)
    void recognisesExactlyTheDecimalAndIntegerSyntax(@ForAll("numberish") String s) {
        assertEquals(DECIMAL.matcher(s).matches(), ParameterNumbers.isDecimal(s), s);
        assertEquals(INTEGER.matcher(s).matches(), ParameterNumbers.isInteger(s), s);
    }

    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.strings().withChars("0123456789-+.eE x").ofMaxLength(12);
    }

    @Test
    void readsDecimalsFromNumbersAndStringsWithinBounds() {
        TypedReader decimals = TypedReader.forType(PrimitiveType.DECIMAL, SCHEMA);
        assertEquals(new BigDecimal("15000"), decimals.read("15000.00"));
        assertEquals(new BigDecimal("2.5"), decimals.read(new BigDecimal("2.5")));
        assertNull(decimals.read("1e400"));
        assertNull(decimals.read(new BigDecimal("1e41")));
        assertNull(decimals.read(true));
        assertNull(decimals.read("12,5"));
    }

    @Test
    void readsIntsOnlyWhenIntegralAndWithin64Bits() {
        TypedReader ints = TypedReader.forType(PrimitiveType.INT, SCHEMA);
        assertEquals(42L, ints.read(new BigDecimal("42.0")));
        assertEquals(-7L, ints.read("-7"));
        assertNull(ints.read(new BigDecimal("4.2")));
        assertNull(ints.read("9223372036854775808"));
        assertNull(ints.read(new BigDecimal("1e30")));
    }

    @Test
    void readsEnumValuesActionsAndDatesByTheSchema() {
        assertEquals(
                "frozen",
                TypedReader.forType(FintechProgram.ACCOUNT_STATUS, SCHEMA).read("frozen"));
        assertNull(TypedReader.forType(FintechProgram.ACCOUNT_STATUS, SCHEMA).read("Frozen"));
        assertEquals(
                "initiate_payment",
                TypedReader.forType(PrimitiveType.ACTION, SCHEMA).read("initiate_payment"));
        assertNull(TypedReader.forType(PrimitiveType.ACTION, SCHEMA).read("wire"));
        assertEquals(
                LocalDate.of(2026, 3, 1),
                TypedReader.forType(PrimitiveType.DATE, SCHEMA).read("2026-03-01"));
        assertNull(TypedReader.forType(PrimitiveType.DATE, SCHEMA).read("2026-02-30"));
        assertNull(TypedReader.forType(PrimitiveType.BOOL, SCHEMA).read("true"));
    }
}
