package dev.charter.bench;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import java.nio.charset.StandardCharsets;
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
 * {@code decide()} on the fintech constitution with the LANGUAGE.md snapshot: a small payment by
 * a delegate of a teller (PERMIT, the deciding condition looks up {@code may} and the trace
 * carries its proof), and a large one (ESCALATE).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FintechBenchmark {

    private static final String SNAPSHOT = """
            { "relations": {
                "role":      [["orchestrator", "teller"]],
                "delegates": [["orchestrator", "lending-agent-v2", "initiate_payment"]] } }
            """;

    private Engine engine;
    private Request smallPayment;
    private Request largePayment;

    @Setup
    public void compile() {
        engine = Engine.forProgram(FintechConstitution.program());
        engine.attach(FactSnapshot.parse(SNAPSHOT.getBytes(StandardCharsets.UTF_8)));
        smallPayment = payment("500.00");
        largePayment = payment("15000.00");
        if (!engine.decide(smallPayment).permitted()) {
            throw new IllegalStateException("the small payment must be permitted");
        }
    }

    private static Request payment(String amount) {
        return Request.parse("""
                { "agent": "lending-agent-v2", "action": "initiate_payment",
                  "request": { "amount": "%s", "destination": "external-account" },
                  "context": { "identity_verified": true, "account_status": "active", "market_halted": false },
                  "time": "2026-04-14T11:42:09Z", "chain": ["orchestrator", "lending-agent-v2"] }
                """.formatted(amount));
    }

    @Benchmark
    public Decision permitByDelegate() {
        return engine.decide(smallPayment);
    }

    @Benchmark
    public Decision escalateLargePayment() {
        return engine.decide(largePayment);
    }

    @Benchmark
    public String permitByDelegateToJson() {
        return engine.decide(smallPayment).toJson();
    }
}
