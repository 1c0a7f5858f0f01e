package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.json.CanonicalJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A trace records the integers its conditions read as JSON numbers only while a double holds them
 * and as strings beyond: the streamed decision JSON makes that choice exactly as the tree does,
 * around 2<sup>53</sup> and up to the ends of {@code long}, for compiled int, decimal and string attributes.
 */
class StreamedTraceNumbersProperties {

    private static final Engine ENGINE = Engine.forProgram(program());

    private static Program program() {
        Compilation c = Compiler.compile(List.of(new SourceFile("numbers.charter", """
                constitution "numbers" version 1 { timezone "Europe/Paris" }
                context { verified: bool }
                action pay { amount: decimal, count: int, payee: string }
                rule many: deny pay when request.count > 5 and request.payee == "x" priority 2;
                rule ok: permit pay when request.amount > 0 or request.count < 0 or time.hour > 3;
                default deny;
                """)));
        return c.program().orElseThrow(() -> new AssertionError(c.diagnostics().toString()));
    }

    @Property(tries = 300)
    void integersAndDecimalsInTheTraceStreamAsTheTreeWritesThem(
            @ForAll("integers") long count, @ForAll("decimals") BigDecimal amount, @ForAll String payee) {
        Request request = Request.builder()
                .agent("a")
                .action("pay")
                .param("count", count)
                .param("amount", amount)
                .param("payee", payee)
                .context("verified", true)
                .time(Instant.parse("2026-04-14T11:42:09Z"))
                .build();
        Decision d = ENGINE.decide(request);

        assertFalse(d.reasonCode().isFailure(), d::toJson);
        assertEquals(CanonicalJson.string(d.toJsonTree()), d.toJson());
        assertEquals(CanonicalJson.string(request.toJsonTree()), request.toJson());
    }

    @Provide
    Arbitrary<Long> integers() {
        long edge = 1L << 53;
        return Arbitraries.oneOf(
                Arbitraries.longs(),
                Arbitraries.longs().between(edge - 3, edge + 3),
                Arbitraries.longs().between(-edge - 3, -edge + 3),
                Arbitraries.of(
                        Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, 0L, -1L, 6L, (1L << 62) + 1, 1L << 60));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1e30"), new BigDecimal("1e30"))
                        .ofScale(3),
                Arbitraries.bigIntegers()
                        .between(java.math.BigInteger.TEN.pow(20).negate(), java.math.BigInteger.TEN.pow(20))
                        .map(BigDecimal::new),
                Arbitraries.of(
                        new BigDecimal("0.1"),
                        new BigDecimal("1e30"),
                        new BigDecimal("-1e-30"),
                        new BigDecimal("123456789012345678901234567890.5")));
    }
}
