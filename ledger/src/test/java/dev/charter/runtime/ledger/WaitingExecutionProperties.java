package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * However decisions and execution records that may wait for a commit to share are interleaved,
 * each record gets the seq of its place in the queue, every append completes (at the latest when
 * the ledger closes), and the ledger verifies: waiting changes which commit a record is in, never
 * its order.
 */
class WaitingExecutionProperties {

    private static final String DIGEST = "sha256:" + "cd".repeat(32);

    /** Per decision: no execution (null), or an execution that may wait this long (zero: not at all). */
    @Provide
    Arbitrary<List<Duration>> plans() {
        return Arbitraries.of(
                        Duration.ZERO,
                        Duration.ofMillis(1),
                        Duration.ofMillis(5),
                        Duration.ofMinutes(10),
                        Duration.ofDays(1_000_000_000))
                .injectNull(0.3)
                .list()
                .ofMinSize(1)
                .ofMaxSize(25);
    }

    @Property(tries = 40)
    void appendsThatMayWaitKeepTheirPlaceInTheQueue(@ForAll("plans") List<Duration> plan) throws Exception {
        Path dir = Files.createTempDirectory("waiting-executions");
        try {
            List<CompletableFuture<LedgerRecord>> appended = new ArrayList<>();
            List<RecordKind> kinds = new ArrayList<>();
            try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, TestLedgers.small(SigningMode.BATCHED))) {
                for (int i = 0; i < plan.size(); i++) {
                    long decision = appended.size();
                    appended.add(ledger.appendDecision(TestRecords.decisionBody(i, "permit"), false));
                    kinds.add(RecordKind.DECISION);
                    if (plan.get(i) != null) {
                        appended.add(ledger.appendExecution(decision, true, DIGEST, "", plan.get(i)));
                        kinds.add(RecordKind.EXECUTION);
                    }
                }
            }
            for (int seq = 0; seq < appended.size(); seq++) {
                assertEquals(seq, appended.get(seq).getNow(null).seq(), "completed by the time the ledger closed");
            }
            List<LedgerRecord> records = LedgerReader.read(dir).records();
            assertEquals(kinds, records.stream().map(LedgerRecord::kind).toList());
            assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
