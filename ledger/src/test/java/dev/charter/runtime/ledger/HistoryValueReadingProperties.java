package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ParameterNumbers;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.Trace;
import dev.charter.runtime.ir.Effect;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Every history aggregate a ledger-backed engine reads equals the naive reference that reads
 * each earlier attempt's parameters as the engine reads a request's ({@link ParameterNumbers}:
 * an ill-typed value adds 0 and agrees with nothing), over attempts whose amounts, counts and
 * customers come in every JSON form: numbers and strings, odd scales and exponents, negative,
 * beyond the engine's bounds, int strings with leading zeros, sums beyond 64 bits, and values of no
 * number at all. Each decision is the one those values give, and the ledger replays.
 */
class HistoryValueReadingProperties {

    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(new JsonNodeFactory(true));

    /** One attempt: its agent and the JSON texts of its parameters. */
    record Attempt(String agent, String amount, String count, String customer) {
        String json() {
            return AttemptsProgram.pay(agent, amount, count, customer);
        }
    }

    @Property(tries = 120)
    void everyAggregateIsTheEnginesReadingOfTheEarlierAttempts(
            @ForAll("attempts") @Size(max = 10) List<Attempt> attempts) throws Exception {
        Path dir = Files.createTempDirectory("charter-values");
        try {
            LedgerOptions options = TestLedgers.small(SigningMode.BATCHED)
                    .withClock(Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC));
            List<Read> earlier = new ArrayList<>();
            try (LedgerEngine engine =
                    LedgerEngine.open(Engine.forBundle(AttemptsProgram.bundle()), dir, TestLedgers.KEY, options)) {
                for (Attempt attempt : attempts) {
                    Decision decision = engine.decideJson(attempt.json());
                    Read read = Read.of(attempt);
                    if (read != null && read.wellTyped()) {
                        check(read, earlier, decision, attempts);
                    } else if (read != null) {
                        assertEquals(ReasonCode.ILL_TYPED_ATTRIBUTE, decision.reasonCode(), decision.reason());
                    }
                    if (read != null) {
                        earlier.add(read);
                    }
                }
            }
            ReplayReport replay = new Replayer(List.of(AttemptsProgram.bundle()), List.of()).replay(dir);
            assertEquals(0, replay.divergent(), () -> replay.divergences().toString());
        } finally {
            TestLedgers.deleteTree(dir);
        }
    }

    /** Checks the decision on {@code now}, well typed, against the naive aggregates of {@code earlier}. */
    private static void check(Read now, List<Read> earlier, Decision decision, List<Attempt> all) {
        BigDecimal amounts = BigDecimal.ZERO;
        BigInteger counts = BigInteger.ZERO;
        long customers = 0;
        for (Read before : earlier) {
            if (before.agent().equals(now.agent())) {
                amounts = amounts.add(before.amount() == null ? BigDecimal.ZERO : before.amount());
                counts = counts.add(BigInteger.valueOf(before.count() == null ? 0 : before.count()));
            }
            if (before.customer() != null && before.customer().compareTo(now.customer()) == 0) {
                customers++;
            }
        }
        String json = decision.toJson();
        String context = all + " at " + now + ": " + (json.length() > 2000 ? json.substring(0, 2000) + "..." : json);
        for (Trace.HistoryRead read : decision.trace().history()) {
            Object expected = read.term().startsWith("count(")
                    ? (Object) customers
                    : read.term().contains("request.amount") ? amounts : counts;
            assertEquals(
                    0,
                    new BigDecimal(expected.toString())
                            .compareTo(new BigDecimal(read.value().toString())),
                    context);
        }
        BigInteger countTotal = counts.add(BigInteger.valueOf(now.count()));
        boolean overflows = counts.bitLength() > 63 || countTotal.bitLength() > 63;
        boolean over = amounts.add(now.amount()).compareTo(BigDecimal.valueOf(AttemptsProgram.LIMIT)) > 0
                || overflows
                || countTotal.compareTo(BigInteger.valueOf(AttemptsProgram.COUNT_LIMIT)) > 0
                || customers >= 2;
        assertEquals(over ? Effect.DENY : Effect.PERMIT, decision.effect(), context);
        assertTrue(
                decision.reasonCode() == ReasonCode.RULE
                        || overflows && decision.reasonCode() == ReasonCode.ARITHMETIC_OVERFLOW,
                context);
    }

    /** An attempt's parameters as the engine reads them, each null when ill typed; null for a request that is refused unread. */
    record Read(String agent, BigDecimal amount, Long count, BigDecimal customer) {
        static Read of(Attempt attempt) throws Exception {
            try {
                Request.parse(attempt.json());
            } catch (RuntimeException e) {
                return null;
            }
            JsonNode parameters = EXACT.readTree(attempt.json()).get("request");
            return new Read(
                    attempt.agent(),
                    ParameterNumbers.decimalOf(raw(parameters.get("amount"))),
                    ParameterNumbers.intOf(raw(parameters.get("count"))),
                    ParameterNumbers.decimalOf(raw(parameters.get("customer"))));
        }

        boolean wellTyped() {
            return amount != null && count != null && customer != null;
        }

        private static Object raw(JsonNode value) {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            return value.isTextual() ? value.textValue() : null;
        }
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> attempt = Combinators.combine(Arbitraries.of("a", "b"), decimals(), ints(), customers())
                .as(Attempt::new);
        return attempt.list().ofMinSize(1).ofMaxSize(10);
    }

    /** Decimals in every form, most of them small enough to stay under the limit for a while. */
    private static Arbitrary<String> decimals() {
        Arbitrary<String> plain = Combinators.combine(
                        Arbitraries.of("", "-"),
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3),
                        Arbitraries.of(
                                "", ".5", ".50", ".000001", ".0000001", ".123456789012345678901234567890123456789012"))
                .as((sign, digits, fraction) -> sign + digits + fraction);
        Arbitrary<String> extreme = Arbitraries.of(
                "1e-999999999",
                "-1e999999999",
                "-1e5000",
                "1e40",
                "-9999999999999999999999999999999999999999",
                "-99999999999999999999999999999999999999999",
                "1e-40",
                "1e-41",
                "15e-1",
                "-2E+1",
                "0",
                "-0.0",
                "1e9999",
                "-1e-9999",
                "1.5e3");
        Arbitrary<String> number = Arbitraries.oneOf(plain, plain, extreme);
        return Arbitraries.oneOf(number, number.map(n -> '"' + n + '"'), junk());
    }

    /** Ints in every form: leading zeros, integral decimals, exponents, the 64-bit edges, strings. */
    private static Arbitrary<String> ints() {
        Arbitrary<String> small = Arbitraries.integers().between(-3, 6).map(String::valueOf);
        Arbitrary<String> odd = Arbitraries.of(
                "5.0",
                "1e1",
                "-0",
                "007",
                "9223372036854775807",
                "-9223372036854775808",
                "9223372036854775808",
                "0000000000000000000001",
                "-00000000000009223372036854775808",
                "1.5",
                "1e2",
                "00000000000000000003");
        Arbitrary<String> number = Arbitraries.oneOf(small, small, small, odd);
        return Arbitraries.oneOf(number, number, number.map(n -> '"' + n + '"'), junk());
    }

    /** Customers as a few numbers written in many ways, and values that are no customer the engine reads. */
    private static Arbitrary<String> customers() {
        return Arbitraries.of(
                "1",
                "1.0",
                "\"1\"",
                "\"1.00\"",
                "10e-1",
                "\"1e0\"",
                "\"01\"",
                "2",
                "\"2.0\"",
                "-2",
                "\"-2.00\"",
                "1e41",
                "\"1e41\"",
                "\"one\"",
                "1e-999999999",
                "\"+1\"",
                "\".1\"");
    }

    private static Arbitrary<String> junk() {
        return Arbitraries.of(
                "\"abc\"",
                "true",
                "null",
                "{}",
                "[]",
                "\"\"",
                "\" 5\"",
                "\"+5\"",
                "\".5\"",
                "\"5.\"",
                "\"0x10\"",
                "\"1e\"",
                "\"--1\"",
                "\"\\u0035\"");
    }
}
