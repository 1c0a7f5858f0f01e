package dev.charter.proofs.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Decision;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Trace;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.Witness;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever aggregate values a witness gives its history — counts from none to 2^63-1, sums over
 * no decision, int sums past 64 bits, decimal sums past 10^40, odd scales, negative amounts —
 * the realizer answers in bounded time and never throws: either earlier requests that a scratch
 * ledger confirms (each term the witness decision reads has the witness's value there), or why
 * there are none.
 */
class HistoryRealizerProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNT = "count(permitted pay, same agent)";
    private static final String INT_SUM = "sum(request.units of permitted pay, same agent)";
    private static final String DECIMAL_SUM = "sum(request.amount of any pay, same request.customer, within 1 day)";

    private static final Program PROGRAM = Compiler.compile(List.of(new SourceFile("realize.charter", """
                    constitution "realize" version 1 { timezone "UTC" }
                    action pay { amount: decimal, units: int, customer: string }
                    rule units: deny pay when sum(request.units of permitted pay, same agent) + request.units > 50 priority 10;
                    rule amount:
                      deny pay when sum(request.amount of any pay, same request.customer, within 1 day) > 100 priority 10;
                    rule pay: permit pay when count(permitted pay, same agent) < 3;
                    default deny;
                    """)))
            .program()
            .orElseThrow();

    @Property(tries = 40)
    void aWitnessHistoryIsRealizedAndConfirmedOrSaysWhyNotInBoundedTime(
            @ForAll("counts") long count,
            @ForAll("intSums") String intSum,
            @ForAll("counts") long decimalCount,
            @ForAll("decimalSums") String decimalSum)
            throws Exception {
        ObjectNode history = JSON.createObjectNode();
        history.put(COUNT, count);
        history.put(INT_SUM, new BigDecimal(intSum));
        history.put("count(any pay, same request.customer, within 1 day)", decimalCount);
        history.put(DECIMAL_SUM, new BigDecimal(decimalSum));
        ObjectNode request = (ObjectNode) JSON.readTree("{\"agent\": \"bot\", \"action\": \"pay\", \"request\":"
                + " {\"amount\": 1, \"units\": 1, \"customer\": \"c\"}, \"context\": {},"
                + " \"time\": \"2026-12-04T10:00:00Z\", \"chain\": [\"bot\"]}");
        Witness witness = new Witness(request, null, history, null);

        HistoryRealization realization =
                assertTimeoutPreemptively(Duration.ofSeconds(120), () -> HistoryRealizer.realize(PROGRAM, witness));

        if (realization instanceof HistoryRealization.Realized realized) {
            assertTrue(realized.history().entries().size() <= HistoryRealizer.MAX_EARLIER);
            Decision decision = HistoryRealizer.decide(PROGRAM, FactSnapshot.empty(), realized.history(), request);
            for (Trace.HistoryRead read : decision.trace().history()) {
                BigDecimal expected = read.term().startsWith("count")
                        ? BigDecimal.valueOf(history.get(read.term()).asLong())
                        : history.get(read.term()).decimalValue();
                assertEquals(0, expected.compareTo(new BigDecimal(read.value().toString())), read.toString());
            }
        } else {
            assertTrue(!((HistoryRealization.NotRealized) realization).reason().isBlank());
        }
    }

    @Provide
    Arbitrary<Long> counts() {
        return Arbitraries.of(0L, 1L, 2L, 3L, 7L, 1000L, 1001L, 1_000_000L, 4_000_000_000_000_000_000L, Long.MAX_VALUE);
    }

    @Provide
    Arbitrary<String> intSums() {
        return Arbitraries.of("0", "1", "-1", "49", "-9223372036854775808", "18446744073709551614", "7");
    }

    @Provide
    Arbitrary<String> decimalSums() {
        return Arbitraries.of("0", "100.01", "-7.25", "1e40", "-1.5e40", "0.000000000000000000000000000001", "3");
    }
}
