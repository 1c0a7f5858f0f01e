package dev.charter.runtime.ledger;

import dev.charter.bench.HistoryDecideBenchmark;
import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ledger.history.HistoryTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code decide()} on the refunds constitution of docs/language.md ("History") over the history
 * state a {@code LedgerEngine} keeps, holding 1,000,000 decision records: the {@link
 * HistoryBinding} its ledger's writer thread feeds, and the reader it decides with ({@code
 * HistoryBinding.reader}, as {@code LedgerEngine} does for a decision that reads history). The
 * decision only, as the state in memory answers it; not the durable append. This class lives in
 * the ledger's package because the binding and its reader are the ledger's own, not public API.
 *
 * <p>The state is fed in memory, record by record, through the path the writer feeds appended
 * records ({@code HistoryBinding.appended} with the record body {@code DecisionBody} builds): one
 * record every 50 ms for about 14 hours up to the decided request's time, 100,000 agents,
 * 250,000 customers and 200,000 sessions, every tenth record a {@code customer.read_profile}, the
 * others refunds of 1 to 50, each decided by the same engine. The refund decided is permitted
 * after reading all three terms: its agent has refunded at most once in the last hour, its
 * customer has received a few refunds today, its session has read no profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistoryStateDecideBenchmark {

    private static final int RECORDS = 1_000_000;
    private static final long STEP_MILLIS = 50;
    private static final Instant NOW = Instant.parse("2026-12-01T14:00:00Z");

    private Engine engine;
    private HistoryBinding state;
    private Request refund;
    private long minute;

    @Setup
    public void feed() {
        Compilation c = Compiler.compile(List.of(new SourceFile("refunds.charter", HistoryDecideBenchmark.SOURCE)));
        Program program = c.program()
                .orElseThrow(() -> new IllegalStateException(c.diagnostics().toString()));
        engine = Engine.forProgram(program);
        state = new HistoryBinding(HistoryPlans.of(program));
        Instant first = NOW.minusMillis(RECORDS * STEP_MILLIS);
        for (int i = 0; i < RECORDS; i++) {
            Instant at = first.plusMillis(i * STEP_MILLIS);
            Request request = record(i, at);
            Decision decision = engine.decide(request, state.reader(HistoryTime.minute(at)));
            state.appended(i, RecordKind.DECISION, DecisionBody.of(request.toJson(), decision, at));
        }
        if (state.failure() != null || state.index().next() != RECORDS) {
            throw new IllegalStateException("the history state did not take every record: " + state.failure());
        }
        refund = Request.builder()
                .agent("agent-7")
                .action("support.issue_refund")
                .param("amount", new BigDecimal("120"))
                .param("customer", "c-7")
                .session("s-7")
                .time(NOW)
                .build();
        minute = HistoryTime.minute(NOW);
        Decision d = threeHistoryConditions();
        if (!d.permitted() || d.trace().history().size() != 3) {
            throw new IllegalStateException(
                    "the benchmark refund must be permitted over three history reads: " + d.toJson());
        }
    }

    /** Record {@code i}: agent i mod 100,000, customer i mod 250,000, session i mod 200,000. */
    private static Request record(int i, Instant at) {
        Request.Builder builder = Request.builder()
                .agent("agent-" + i % 100_000)
                .param("customer", "c-" + i % 250_000)
                .session("s-" + i % 200_000)
                .time(at);
        return i % 10 == 0
                ? builder.action("customer.read_profile").build()
                : builder.action("support.issue_refund")
                        .param("amount", new BigDecimal(1 + i % 50))
                        .build();
    }

    @Benchmark
    public Decision threeHistoryConditions() {
        return engine.decide(refund, state.reader(minute));
    }
}
