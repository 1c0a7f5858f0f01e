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
 * {@code decide()} on a one-rule constitution whose condition is a {@code matches} test, on a
 * message of {@code length} characters that matches: {@code alternation} is {@code /^(a|b)*c$/}
 * over the whole message, {@code ssn} the healthcare example's {@code /\d{3}-\d{2}-\d{4}/}
 * found at the message's end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MatchesBenchmark {

    @Param({"alternation", "ssn"})
    public String pattern;

    @Param({"200", "2000"})
    public int length;

    private Engine engine;
    private Request request;

    @Setup
    public void compile() {
        String regex = pattern.equals("ssn") ? "\\d{3}-\\d{2}-\\d{4}" : "^(a|b)*c$";
        String source = """
                constitution "matches" version 1 {
                  timezone "UTC"
                }
                action send { text: string }
                rule r:
                  permit send
                  when request.text matches /%s/;
                default deny;
                """.formatted(regex);
        engine = SourceEngine.compile("matches.charter", source);
        String text = pattern.equals("ssn")
                ? "patient notes, nothing identifying ".repeat(length / 35 + 1).substring(0, length - 11)
                        + "123-45-6789"
                : "ab".repeat(length / 2).substring(0, length - 1) + "c";
        request =
                Request.builder().agent("a").action("send").param("text", text).build();
        if (!engine.decide(request).permitted()) {
            throw new IllegalStateException("the message must match");
        }
    }

    @Benchmark
    public Decision decide() {
        return engine.decide(request);
    }
}
