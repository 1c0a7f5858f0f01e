package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** Small real ledgers for tests: several segments, several batches, an escalation and its resolution. */
final class TestLedgers {

    static final SigningKey KEY = TestRecords.key(1);
    static final TrustStore TRUST = TrustStore.of(List.of(KEY.publicKey()));

    private TestLedgers() {}

    static LedgerOptions small(SigningMode mode) {
        return LedgerOptions.defaults()
                .withMode(mode)
                .withSegmentBytes(1024)
                .withMaxBatch(4)
                .withCheckpoints(5, Duration.ofHours(1))
                .withOrigin("test.example/ledger");
    }

    /**
     * Writes {@code count} decisions in groups of three (each group one or more group commits),
     * resolving the escalation at seq 9 right after it.
     */
    static void write(Path dir, SigningMode mode, int count) throws Exception {
        try (Ledger ledger = Ledger.open(dir, KEY, small(mode))) {
            int n = 0;
            while (n < count) {
                List<CompletableFuture<LedgerRecord>> group = new ArrayList<>();
                for (int i = 0; i < 3 && n < count; i++, n++) {
                    group.add(ledger.appendDecision(TestRecords.decisionBody(n), TestRecords.isEscalation(n)));
                }
                for (CompletableFuture<LedgerRecord> f : group) {
                    f.get();
                }
                if (n == 12) {
                    ledger.resolve(9, ResolutionOutcome.APPROVE, "alice", "fine");
                    n++;
                }
            }
        }
    }

    /** Deletes a ledger directory made for one try of a property. */
    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
