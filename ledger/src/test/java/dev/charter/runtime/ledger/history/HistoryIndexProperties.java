package dev.charter.runtime.ledger.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The index answers every query, for every decision of a random ledger, exactly as the naive
 * reference that recomputes each aggregate from the full record list: random actions (given as
 * names or as UTF-8 bytes), agents (now and then one of thousands, so that key tables grow, keys
 * are forgotten as the clock passes their window and their ids are reused), sessions, customers
 * and amounts (missing and non-numeric ones among them, and amounts beyond the fixed-scale long
 * that are summed as {@code BigDecimal}s), times that mostly advance but sometimes step back or
 * leap, escalations approved, denied or never resolved, records history does not read, records
 * applied from batches of several, and windows from one minute to the whole history.
 */
class HistoryIndexProperties {

    private static final List<String> ACTIONS = List.of("refund", "refund_partial", "pay", "email");
    private static final List<String> PATTERNS = List.of("refund", "refund*", "pay", "*", "email");
    private static final List<Attribute> EQUALITIES = List.of(
            Attribute.value("agent"),
            Attribute.value("session"),
            Attribute.value("request.customer"),
            new Attribute("request.customer", Attribute.Type.DECIMAL));
    private static final List<Attribute> SUMMANDS = List.of(
            new Attribute("request.amount", Attribute.Type.DECIMAL),
            new Attribute("request.amount", Attribute.Type.INT));

    @Property(tries = 300)
    void theIndexAnswersAsTheNaiveReference(
            @ForAll("plans") List<HistoryQuerySpec> specs, @ForAll("seeds") long seed, @ForAll("lengths") int length) {
        HistoryPlan plan = new HistoryPlan(specs);
        HistoryIndex index = new HistoryIndex(plan);
        NaiveHistory naive = new NaiveHistory();
        HistoryBatch batch = new HistoryBatch(plan);
        Random random = new Random(seed);
        List<Long> open = new ArrayList<>();
        long minute = 29_000_000 + random.nextInt(1000);
        for (long seq = 0; seq < length; seq++) {
            minute += switch (random.nextInt(10)) {
                case 0 -> -random.nextInt(4);
                case 1, 2 -> random.nextInt(90);
                case 3 -> random.nextInt(3000);
                case 4 -> random.nextInt(8) == 0 ? random.nextInt(100_000) : 0;
                default -> 0;
            };
            int kind = random.nextInt(20);
            if (random.nextInt(8) == 0) {
                batch.clear();
            }
            if (kind < 3 && !open.isEmpty()) {
                long escalation = open.remove(random.nextInt(open.size()));
                boolean approved = random.nextInt(3) > 0;
                batch.resolution(seq, escalation, approved, minute);
                index.apply(batch, batch.size() - 1);
                naive.add(new NaiveHistory.ResolutionEntry(seq, escalation, approved, minute));
                continue;
            }
            if (kind == 3) {
                batch.other(seq);
                index.apply(batch, batch.size() - 1);
                naive.add(new NaiveHistory.OtherEntry(seq));
                continue;
            }
            Map<String, String> values = request(random);
            String action = random.nextInt(30) == 0 ? null : ACTIONS.get(random.nextInt(ACTIONS.size()));
            HistoryBatch request = TestBatches.request(plan, values);
            for (int q = 0; q < specs.size(); q++) {
                Aggregate expected = naive.read(specs.get(q), values, minute, seq);
                Aggregate actual = index.read(q, request, 0, minute);
                if (expected == null) {
                    assertEquals(null, actual, "query " + q + " at seq " + seq);
                } else {
                    assertTrue(
                            actual != null && expected.sameAs(actual),
                            "query " + specs.get(q) + " at seq " + seq + ": " + expected + ", index " + actual);
                }
            }
            Outcome outcome = Outcome.values()[random.nextInt(3)];
            if (outcome == Outcome.ESCALATE) {
                open.add(seq);
            }
            if (action != null && random.nextBoolean()) {
                byte[] name = action.getBytes(StandardCharsets.UTF_8);
                batch.decision(seq, minute, outcome);
                batch.action(name, 0, name.length);
                values.forEach((path, text) -> {
                    for (int s = 0; s < plan.attributes().size(); s++) {
                        if (plan.attributes().get(s).path().equals(path)) {
                            batch.value(s, text);
                        }
                    }
                });
                batch.complete();
            } else {
                TestBatches.decision(batch, seq, minute, action, outcome, values);
            }
            index.apply(batch, batch.size() - 1);
            naive.add(new NaiveHistory.DecisionEntry(seq, minute, action, outcome, values));
        }
    }

    private static Map<String, String> request(Random random) {
        Map<String, String> values = new HashMap<>();
        values.put("agent", "\"agent-" + (random.nextInt(4) == 0 ? random.nextInt(3000) : random.nextInt(3)) + "\"");
        if (random.nextInt(5) > 0) {
            values.put("session", "\"s" + random.nextInt(3) + "\"");
        }
        if (random.nextInt(6) > 0) {
            values.put("request.customer", customer(random));
        }
        switch (random.nextInt(8)) {
            case 0 -> {}
            case 1 -> values.put("request.amount", "\"lots\"");
            case 2 -> values.put("request.amount", "\"" + random.nextInt(500) + ".50\"");
            case 3 -> values.put("request.amount", "\"" + random.nextInt(500) + "\"");
            case 4 -> values.put("request.amount", random.nextInt(99) + ".25");
            case 5 ->
                values.put(
                        "request.amount",
                        List.of(
                                        "1234567890123456789",
                                        "-9223372036854775808",
                                        "0.0000001",
                                        "999999999999.999999",
                                        "1e+21",
                                        "\"5000000000000.5\"")
                                .get(random.nextInt(6)));
            default -> values.put("request.amount", String.valueOf(random.nextInt(400) - 20));
        }
        return values;
    }

    /** Strings, numbers, and one number written three ways ({@code 1.5}, {@code "1.50"}, {@code 15e-1}). */
    private static String customer(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "\"c" + random.nextInt(3) + "\"";
            case 1 -> String.valueOf(random.nextInt(2));
            case 2 -> "1.5";
            case 3 -> "\"1.50\"";
            case 4 -> "\"15e-1\"";
            default -> "true";
        };
    }

    @Provide
    Arbitrary<List<HistoryQuerySpec>> plans() {
        Arbitrary<HistoryQuerySpec> spec = Combinators.combine(
                        Arbitraries.of(PATTERNS),
                        Arbitraries.of(HistoryQuerySpec.EffectFilter.class),
                        Arbitraries.subsetOf(EQUALITIES),
                        Arbitraries.of(0L, 1L, 5L, 60L, 1440L),
                        Arbitraries.of(0, 1, 2))
                .as((pattern, effect, same, window, summed) -> new HistoryQuerySpec(
                        pattern, effect, new ArrayList<>(same), window, summed == 0 ? null : SUMMANDS.get(summed - 1)));
        return spec.list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(1, 400);
    }
}
