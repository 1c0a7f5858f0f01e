package dev.charter.bench;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code decide()} on a tool call with object arguments read by their fields
 * ({@code request.address.city}), guarded where optional ({@code request.gift != null and ...}):
 * {@code flat} sends only the required object, {@code nested} an optional object too, with a
 * nested open object inside the first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ObjectArgumentsBenchmark {

    private static final String SOURCE = """
            constitution "shop" version 1 {
              timezone "UTC"
            }
            action ship {
              order: string,
              address: { city: string, zip?: string, geo?: { lat: int, ... } },
              gift?: { note: string, wrap?: bool },
            }
            rule paris:
              permit ship
              when request.address.city == "Paris"
               and (request.address.zip == null or request.address.zip starts_with "75");
            rule wrapped:
              escalate ship to "gifts"
              when request.gift != null and request.gift.wrap != null and request.gift.wrap
              priority 10;
            default deny;
            """;

    @Param({"flat", "nested"})
    public String arguments;

    private Engine engine;
    private Request request;

    @Setup
    public void compile() {
        engine = SourceEngine.compile("shop.charter", SOURCE);
        Request.Builder b = Request.builder().agent("a").action("ship").param("order", "o-1");
        request = switch (arguments) {
            case "flat" -> b.param("address", Map.of("city", "Paris")).build();
            default ->
                b.param("address", Map.of("city", "Paris", "zip", "75001", "geo", Map.of("lat", 48L, "lon", 2L)))
                        .param("gift", Map.of("note", "hi", "wrap", false))
                        .build();
        };
        if (!engine.decide(request).permitted()) {
            throw new IllegalStateException("the benchmark request must be permitted");
        }
    }

    @Benchmark
    public Decision decide() {
        return engine.decide(request);
    }
}
