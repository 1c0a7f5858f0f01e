package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Explanation;
import dev.charter.runtime.FixedHistory;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.Trace;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ledger.history.Aggregate;
import dev.charter.runtime.ledger.history.NaiveHistory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A ledger-backed engine decides every request exactly as the plain engine does over the
 * aggregates the naive reference recomputes from the whole record list read back from disk
 * (docs/ledger-format.md, "History"), through everything a ledger's history goes through: the
 * writer's clock stepping forwards and back across minute edges (to the millisecond), windows of
 * one to five minutes and the whole history, escalations approved, denied or left open,
 * execution records, decisions that read no history, agents, sessions and customers whose texts
 * hold quotes, backslashes and JSON look-alikes, and the engine closed and opened again (its
 * state rebuilt from the files); the explanation of an earlier decision, asked for later, explains
 * it as decided. Afterwards the whole ledger replays with no divergence.
 */
class HistoryLedgerProperties {

    private static final List<String> PATHS = List.of("agent", "session", "request.customer", "request.amount");
    private static final Instant START = Instant.parse("2026-12-04T11:59:00Z");
    /** Customers whose escapes and look-alike JSON test the record reading from both ends. */
    private static final List<String> CUSTOMERS =
            List.of("c-1", "c-2", "c\"1\\", "c\\\"},\"request\":{", "\u00e9\u0301}", "\\", "x\n\t\u2028");

    @Property(tries = 40)
    void everyDecisionIsThePlainEnginesOverTheNaiveAggregates(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        Bundle bundle = WindowsProgram.bundle();
        Program program = bundle.program();
        Engine plain = Engine.forBundle(bundle);
        SetClock clock = new SetClock(START);
        LedgerOptions options = TestLedgers.small(SigningMode.BATCHED).withClock(clock);
        Path dir = Files.createTempDirectory("charter-windows");
        List<Long> open = new ArrayList<>();
        List<Long> permits = new ArrayList<>();
        List<Decision> decided = new ArrayList<>();
        try {
            LedgerEngine engine = LedgerEngine.open(Engine.forBundle(bundle), dir, TestLedgers.KEY, options);
            try {
                for (int step = 0; step < 30; step++) {
                    clock.set(next(random, clock.instant()));
                    int what = random.nextInt(20);
                    if (what < 2 && !open.isEmpty()) {
                        long seq = open.remove(random.nextInt(open.size()));
                        engine.ledger()
                                .resolve(
                                        seq,
                                        random.nextBoolean() ? ResolutionOutcome.APPROVE : ResolutionOutcome.DENY,
                                        "carol",
                                        "checked");
                    } else if (what == 2 && !permits.isEmpty()) {
                        engine.ledger()
                                .recordExecution(
                                        permits.remove(random.nextInt(permits.size())),
                                        true,
                                        "sha256:" + "ab".repeat(32),
                                        "");
                    } else if (what == 3 || what == 4) {
                        engine.close();
                        engine = LedgerEngine.open(Engine.forBundle(bundle), dir, TestLedgers.KEY, options);
                    } else {
                        RecordedDecision recorded = engine.record(request(random));
                        switch (recorded.decision().effect()) {
                            case ESCALATE -> open.add(recorded.seq());
                            case PERMIT -> permits.add(recorded.seq());
                            default -> {}
                        }
                        check(plain, program, dir, recorded, seed);
                        decided.add(recorded.decision());
                        explainedAsDecided(decided.get(random.nextInt(decided.size())), seed);
                    }
                }
            } finally {
                engine.close();
            }
            ReplayReport replay = new Replayer(List.of(bundle), List.of()).replay(dir);
            assertEquals(0, replay.divergent(), () -> replay.divergences().toString());
        } finally {
            TestLedgers.deleteTree(dir);
        }
    }

    /** The recorded decision is the plain engine's over the naive aggregates of the records before it. */
    private static void check(Engine plain, Program program, Path dir, RecordedDecision recorded, long seed)
            throws Exception {
        LedgerContents contents = LedgerReader.read(dir);
        NaiveHistory naive = NaiveLedger.of(contents, PATHS);
        NaiveHistory.DecisionEntry own =
                (NaiveHistory.DecisionEntry) naive.entries().get((int) recorded.seq());
        FixedHistory.Builder history = FixedHistory.builder(program);
        Map<String, BigDecimal> values = new HashMap<>();
        for (HistoryQuery query : program.historyQueries()) {
            Aggregate aggregate = naive.read(HistoryPlans.spec(query), own.values(), own.minute(), recorded.seq());
            if (aggregate == null) {
                continue;
            }
            history.count(query, aggregate.count());
            values.put(query.counted().text(Expr.HistoryAggregate.COUNT), BigDecimal.valueOf(aggregate.count()));
            values.put(
                    query.counted().text(Expr.HistoryAggregate.EXISTS),
                    aggregate.count() > 0 ? BigDecimal.ONE : BigDecimal.ZERO);
            query.summed().ifPresent(s -> {
                history.sum(query, aggregate.sum());
                values.put(query.text(Expr.HistoryAggregate.SUM), aggregate.sum());
            });
        }
        String requestJson = contents.record(recorded.seq()).orElseThrow().body();
        Request request = Request.parse(dev.charter.runtime.json.CanonicalJson.tree(requestJson)
                .get("request")
                .toString());
        Decision expected = plain.decide(request, history.build());
        Decision actual = recorded.decision();
        String context =
                "seed " + seed + ", seq " + recorded.seq() + ": " + actual.toJson() + "\nnaive: " + expected.toJson();
        assertEquals(expected.effect(), actual.effect(), context);
        assertEquals(expected.reasonCode(), actual.reasonCode(), context);
        assertEquals(expected.rules(), actual.rules(), context);
        for (Trace.HistoryRead read : actual.trace().history()) {
            BigDecimal value = read.value() instanceof Boolean b
                    ? (b ? BigDecimal.ONE : BigDecimal.ZERO)
                    : new BigDecimal(read.value().toString());
            assertEquals(0, values.get(read.term()).compareTo(value), read + ", " + context);
        }
    }

    /**
     * The explanation of a decision, asked for after later records, explains it as decided: the
     * rules it names decided it, and no rule's condition failed where the decision's did not.
     */
    private static void explainedAsDecided(Decision decision, long seed) {
        Explanation why = decision.explain();
        String context = "seed " + seed + ": " + decision.toJson() + "\n" + why;
        if (decision.reasonCode() == ReasonCode.RULE) {
            assertEquals(
                    decision.rules(),
                    why.rules().stream()
                            .filter(r -> r.verdict() == Explanation.Verdict.DECIDED)
                            .map(Explanation.RuleVerdict::rule)
                            .toList(),
                    context);
        }
        if (!decision.reasonCode().isFailure()) {
            assertEquals(
                    List.of(),
                    why.rules().stream()
                            .filter(r -> r.verdict() == Explanation.Verdict.ERROR)
                            .toList(),
                    context);
        }
    }

    /** A refund or a note, by one of two agents, for one of a few customers, in one of two sessions or none. */
    private static Request request(Random random) {
        Request.Builder b = Request.builder()
                .agent(random.nextBoolean() ? "a" : "b\\\"}")
                .param("customer", CUSTOMERS.get(random.nextInt(CUSTOMERS.size())))
                .time(START);
        if (random.nextInt(3) > 0) {
            b.session(random.nextBoolean() ? "s-1" : "s\"2\\");
        }
        if (random.nextInt(5) == 0) {
            return b.action("note").build();
        }
        String amount = List.of("10", "100", "260", "0.5", "499.99", "130.125").get(random.nextInt(6));
        return b.action("refund").param("amount", new BigDecimal(amount)).build();
    }

    /** The writer's next time: mostly forwards, across minute edges to the millisecond, sometimes back. */
    private static Instant next(Random random, Instant now) {
        long minuteStart = now.getEpochSecond() / 60 * 60;
        return switch (random.nextInt(10)) {
            case 0 -> now.minusSeconds(1 + random.nextInt(70));
            case 1 -> Instant.ofEpochSecond(minuteStart + 60);
            case 2 -> Instant.ofEpochSecond(minuteStart + 60).minusMillis(1);
            case 3 -> now.plus(Duration.ofSeconds(60 + random.nextInt(200)));
            case 4, 5 -> now.plusSeconds(random.nextInt(30));
            default -> now;
        };
    }

    /** A clock the test sets; the ledger's writer reads it for each record. */
    private static final class SetClock extends Clock {
        private volatile Instant now;

        SetClock(Instant now) {
            this.now = now;
        }

        void set(Instant time) {
            now = time;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
