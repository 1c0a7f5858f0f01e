package dev.charter.bench.sidebyside.contender;

import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.SigningMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Charter with its ledger: a {@link LedgerEngine} over the engine of {@link CharterContender},
 * whose {@code decide} returns only once the decision's record is durable (written and forced to
 * disk) — audit or deny. Two variants, one per signing mode: {@code charter-ledger-batched} (one
 * signed checkpoint per group commit) and {@code charter-ledger-signed} (an Ed25519 signature on
 * every record). Concurrent callers share group commits. The ledger lives in a temporary directory
 * removed when the JVM exits.
 */
final class LedgerContender implements Contender {

    private final String name;
    private final SigningMode mode;

    private LedgerContender(String name, SigningMode mode) {
        this.name = name;
        this.mode = mode;
    }

    static LedgerContender batched() {
        return new LedgerContender("charter-ledger-batched", SigningMode.BATCHED);
    }

    static LedgerContender signedRecords() {
        return new LedgerContender("charter-ledger-signed", SigningMode.PER_RECORD);
    }

    @Override
    public String name() {
        return name;
    }

    /** Compiles the constitution once: the compiler's caches belong to build time, not to the runtime. */
    @Override
    public void prepareAheadOfTime(Workload workload) {
        CharterContender.compile(workload);
    }

    @Override
    public Loaded load(Workload workload) throws Exception {
        LedgerEngine ledger = open(workload, mode);
        Request[] requests = Contenders.charterRequests(workload);
        Decider decider = i -> CharterContender.verdict(ledger.decide(requests[i]));
        return () -> decider;
    }

    /**
     * Charter's engine for {@code workload} over a fresh ledger in a temporary directory, closed
     * and removed when the JVM exits.
     */
    static LedgerEngine open(Workload workload, SigningMode mode) throws Exception {
        Engine engine = Engine.forProgram(CharterContender.compile(workload));
        engine.attach(CharterContender.snapshot(workload.model().facts()));
        Path dir = Files.createTempDirectory("charter-bench-ledger");
        LedgerEngine ledger = LedgerEngine.open(
                engine, dir, SigningKey.generate(), LedgerOptions.defaults().withMode(mode));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAndRemove(ledger, dir)));
        return ledger;
    }

    private static void closeAndRemove(LedgerEngine ledger, Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            ledger.close();
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
