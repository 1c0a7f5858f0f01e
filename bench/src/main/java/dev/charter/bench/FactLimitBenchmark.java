package dev.charter.bench;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Effect;
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
 * {@code decide()} on a rule that reads its limit from the facts:
 * {@code role(agent, R) and notional_limit(R, L) and request.notional <= L}, under a snapshot of
 * 1,000 agents in 8 roles. {@code withinLimit} is permitted by the rule (two index look-ups bind
 * {@code R} and {@code L}); {@code aboveLimit} reads the same facts and falls to the default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FactLimitBenchmark {

    private static final String CONSTITUTION = """
            constitution "limits" version 1 { timezone "UTC" }
            enum Role { r0, r1, r2, r3, r4, r5, r6, r7 }
            action place_order { symbol: string, notional: decimal }
            input relation role(agent: string, role: Role)
            input relation notional_limit(role: Role, limit: decimal)
            rule within_role_limit:
              permit place_order when role(agent, R) and notional_limit(R, L) and request.notional <= L;
            default deny;
            """;

    private static final int AGENTS = 1000;

    private Engine engine;
    private Request within;
    private Request above;

    @Setup
    public void compile() {
        engine = SourceEngine.compile("limits.charter", CONSTITUTION);
        StringBuilder facts = new StringBuilder("{\"relations\": {\"role\": [");
        for (int i = 0; i < AGENTS; i++) {
            facts.append(i == 0 ? "" : ",")
                    .append("[\"agent-")
                    .append(i)
                    .append("\", \"r")
                    .append(i % 8)
                    .append("\"]");
        }
        facts.append("], \"notional_limit\": [");
        for (int r = 0; r < 8; r++) {
            facts.append(r == 0 ? "" : ",")
                    .append("[\"r")
                    .append(r)
                    .append("\", \"")
                    .append(100_000 * (r + 1))
                    .append("\"]");
        }
        engine.attach(FactSnapshot.parse(facts.append("]}}").toString().getBytes(StandardCharsets.UTF_8)));
        within = order("250000.00");
        above = order("300000.01");
        if (engine.decide(within).effect() != Effect.PERMIT
                || engine.decide(above).effect() != Effect.DENY) {
            throw new IllegalStateException("agent-2 (r2) has the limit 300,000");
        }
    }

    private static Request order(String notional) {
        return Request.parse("""
                { "agent": "agent-2", "action": "place_order",
                  "request": { "symbol": "INITECH", "notional": "%s" },
                  "time": "2026-04-14T14:30:00Z" }
                """.formatted(notional));
    }

    @Benchmark
    public Decision withinLimit() {
        return engine.decide(within);
    }

    @Benchmark
    public Decision aboveLimit() {
        return engine.decide(above);
    }
}
