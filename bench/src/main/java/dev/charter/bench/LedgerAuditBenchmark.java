package dev.charter.bench;

import dev.charter.runtime.Engine;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerContents;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerVerifier;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.runtime.ledger.ReplayReport;
import dev.charter.runtime.ledger.Replayer;
import dev.charter.runtime.ledger.SigningMode;
import dev.charter.runtime.ledger.VerificationReport;
import dev.charter.runtime.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an auditor's tools cost: {@code ledger verify} (every frame, record, chain link,
 * signature and checkpoint) and {@code replay} (re-deciding every decision and comparing it byte
 * for byte), in records per second, over a ledger of {@value #RECORDS} fintech decisions written
 * in each signing mode with a signed bundle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class LedgerAuditBenchmark {

    static final int RECORDS = 50_000;

    @Param({"BATCHED", "PER_RECORD"})
    public SigningMode mode;

    private Path dir;
    private TrustStore trust;
    private Bundle bundle;
    private LedgerContents contents;

    @Setup(Level.Trial)
    public void writeLedger() throws Exception {
        SigningKey key = SigningKey.generate();
        trust = TrustStore.of(List.of(key.publicKey()));
        bundle = BundleReader.read(BundleWriter.write(BundleContent.builder(FintechConstitution.program())
                .compilerVersion("bench").build(), key), trust);
        Engine engine = Engine.forBundle(bundle);
        engine.attach(LedgerWorkload.snapshot());
        dir = Files.createTempDirectory("charter-ledger-audit");
        Request[] requests = LedgerWorkload.requests(64);
        try (LedgerEngine ledger = LedgerEngine.open(engine, dir, key, LedgerOptions.defaults().withMode(mode))) {
            List<CompletableFuture<RecordedDecision>> pending = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                pending.add(ledger.submit(requests[i % requests.length]));
                if (pending.size() == 4096 || i == RECORDS - 1) {
                    pending.forEach(CompletableFuture::join);
                    pending.clear();
                }
            }
        }
        contents = LedgerReader.read(dir);
        if (!LedgerVerifier.verify(dir, trust).ok() || !replay().ok()) {
            throw new IllegalStateException("the benchmark ledger must verify and replay");
        }
    }

    @TearDown(Level.Trial)
    public void deleteLedger() throws IOException {
        LedgerWorkload.delete(dir);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public VerificationReport verify() throws IOException {
        return LedgerVerifier.verify(dir, trust);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public ReplayReport replay() {
        return new Replayer(List.of(bundle), List.of(LedgerWorkload.snapshot())).replay(contents);
    }
}
