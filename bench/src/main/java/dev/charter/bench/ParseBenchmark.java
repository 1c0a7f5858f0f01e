package dev.charter.bench;

import dev.charter.compiler.SourceFile;
import dev.charter.compiler.parse.ParseResult;
import dev.charter.compiler.parse.Parser;
import java.util.Random;
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
 * The front end's cost: a realistic 1 MB constitution (the input-size limit), a megabyte of
 * token soup (bounded by the 50-error cap), and 3 MB of random bytes (refused before lexing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    private SourceFile validMegabyte;
    private SourceFile tokenSoup;
    private SourceFile garbage;

    @Setup
    public void prepare() {
        StringBuilder valid = new StringBuilder("action pay { amount: decimal }\ncontext { ok: bool }\n");
        for (int i = 0; valid.length() < 1_000_000; i++) {
            valid.append("rule r")
                    .append(i)
                    .append(":\n  permit pay\n  when request.amount < ")
                    .append(i)
                    .append(" and context.ok and may(agent, pay)\n  priority ")
                    .append(i % 100)
                    .append(";\n\n");
        }
        validMegabyte = new SourceFile("valid.charter", valid.toString());
        String[] vocabulary = {"rule", "permit", "(", ")", ";", "x", "and", "\"s\"", "12", ":", "=>", "$", "}"};
        StringBuilder soup = new StringBuilder();
        for (int i = 0; soup.length() < 1_000_000; i++) {
            soup.append(vocabulary[Math.floorMod(i * 7919, vocabulary.length)]).append(' ');
        }
        tokenSoup = new SourceFile("soup.charter", soup.toString());
        byte[] bytes = new byte[3 << 20];
        new Random(1).nextBytes(bytes);
        garbage = new SourceFile("garbage.bin", new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Benchmark
    public ParseResult parseValidMegabyte() {
        return Parser.parse(validMegabyte.name(), validMegabyte.text());
    }

    @Benchmark
    public ParseResult parseMegabyteOfTokenSoup() {
        return Parser.parse(tokenSoup.name(), tokenSoup.text());
    }

    @Benchmark
    public ParseResult refuseThreeMegabytesOfGarbage() {
        return Parser.parse(garbage.name(), garbage.text());
    }
}
