package dev.charter.bench;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
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
 * {@code decide()} on a tool call with optional arguments, guarded by presence tests
 * ({@code request.cc == null or request.cc ends_with "@corp.com"}): {@code absent} leaves both
 * optional arguments out, {@code present} carries them, {@code extra} sends an undeclared
 * argument to an open action ({@code ...}), which is ignored.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OptionalArgumentsBenchmark {

    private static final String SOURCE = """
            constitution "mail" version 1 {
              timezone "UTC"
            }
            action send_email { to: string, cc?: string, subject: string, priority?: int }
            action fetch { url: string, ... }
            rule internal:
              permit send_email
              when request.to ends_with "@corp.com"
               and (request.cc == null or request.cc ends_with "@corp.com");
            rule urgent:
              escalate send_email to "review"
              when request.priority != null and request.priority > 5
              priority 10;
            rule https:
              permit fetch
              when request.url starts_with "https://";
            default deny;
            """;

    @Param({"absent", "present", "extra"})
    public String arguments;

    private Engine engine;
    private Request request;

    @Setup
    public void compile() {
        engine = SourceEngine.compile("mail.charter", SOURCE);
        Request.Builder b = Request.builder().agent("a");
        request = switch (arguments) {
            case "absent" ->
                b.action("send_email")
                        .param("to", "x@corp.com")
                        .param("subject", "s")
                        .build();
            case "present" ->
                b.action("send_email")
                        .param("to", "x@corp.com")
                        .param("subject", "s")
                        .param("cc", "y@corp.com")
                        .param("priority", 2L)
                        .build();
            default ->
                b.action("fetch")
                        .param("url", "https://example.com")
                        .param("timeout", 30L)
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
