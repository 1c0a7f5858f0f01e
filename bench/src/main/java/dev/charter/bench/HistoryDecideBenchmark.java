package dev.charter.bench;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FixedHistory;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Program;
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
 * {@code decide()} on the refunds constitution of docs/language.md ("History"): three history
 * conditions (a count per agent, a sum per customer, an existence test per session) read from a
 * {@link FixedHistory}, so that what is measured is the engine's side of a history decision, not
 * a ledger's state; {@code withoutHistory} decides an action whose rules read none, on the same
 * engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistoryDecideBenchmark {

    /** The refunds constitution of docs/language.md ("History"): three rules that read history, and one that reads none. */
    public static final String SOURCE = """
            constitution "refunds" version 1 { timezone "UTC" }
            action support.issue_refund { amount: decimal, customer: string }
            action customer.read_profile { customer: string }
            action support.lookup { customer: string }
            routes { "finance" }
            rule refunds_per_agent:
              deny support.issue_refund
              when count(permitted support.issue_refund, same agent, within 1 hour) >= 5
              priority 10;
            rule refunds_per_customer:
              escalate support.issue_refund to "finance"
              when sum(request.amount of permitted support.issue_refund, same request.customer, within 1 day)
                + request.amount > 500
              priority 5;
            rule refunds:
              permit support.issue_refund
              unless exists(any customer.read*, same session, within 1 day);
            rule lookups: permit support.lookup when request.customer starts_with "c-";
            default deny;
            """;

    private Engine engine;
    private FixedHistory history;
    private Request refund;
    private Request lookup;

    @Setup
    public void compile() {
        Compilation c = Compiler.compile(List.of(new SourceFile("refunds.charter", SOURCE)));
        Program program = c.program()
                .orElseThrow(() -> new IllegalStateException(c.diagnostics().toString()));
        engine = Engine.forProgram(program);
        history = FixedHistory.builder(program)
                .count(program.historyQueries().get(0), 3)
                .count(program.historyQueries().get(1), 2)
                .sum(program.historyQueries().get(1), new BigDecimal("180.50"))
                .build();
        Instant now = Instant.parse("2026-04-14T11:42:09Z");
        refund = Request.builder()
                .agent("agent-7")
                .action("support.issue_refund")
                .param("amount", new BigDecimal("120"))
                .param("customer", "c-1")
                .session("s-1")
                .time(now)
                .build();
        lookup = Request.builder()
                .agent("agent-7")
                .action("support.lookup")
                .param("customer", "c-1")
                .time(now)
                .build();
        Decision d = engine.decide(refund, history);
        if (!d.permitted() || d.trace().history().size() != 3) {
            throw new IllegalStateException(
                    "the benchmark refund must be permitted over three history reads: " + d.toJson());
        }
    }

    @Benchmark
    public Decision threeHistoryConditions() {
        return engine.decide(refund, history);
    }

    @Benchmark
    public Decision withoutHistory() {
        return engine.decide(lookup);
    }
}
