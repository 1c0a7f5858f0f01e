package dev.charter.guard;

import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.Resolution;
import dev.charter.runtime.ledger.ResolutionOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The default {@link EscalationWait}: the ledger's resolution of the escalation, from this
 * process or another ({@code charter escalations approve}); when none comes within the timeout,
 * it records a TIMEOUT resolution by {@value #REVIEWER} and that is the answer. If a reviewer
 * resolved it in the meantime, their resolution is the answer instead. No thread waits: the
 * deadline is a timer, and the TIMEOUT record is written on a small shared pool.
 */
final class LedgerEscalationWait implements EscalationWait {

    /** The reviewer a TIMEOUT resolution names. */
    static final String REVIEWER = "charter-guard";

    private static final ExecutorService TIMEOUTS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "charter-guard-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final Ledger ledger;
    private final Duration timeout;
    private final Executor executor;

    LedgerEscalationWait(Ledger ledger, Duration timeout) {
        this(ledger, timeout, TIMEOUTS);
    }

    LedgerEscalationWait(Ledger ledger, Duration timeout, Executor executor) {
        this.ledger = ledger;
        this.timeout = timeout;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<Resolution> await(long escalationSeq) {
        return ledger.resolution(escalationSeq)
                .orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .exceptionallyComposeAsync(
                        failure -> unwrap(failure) instanceof TimeoutException
                                ? CompletableFuture.completedFuture(timeOut(escalationSeq))
                                : CompletableFuture.failedFuture(unwrap(failure)),
                        executor);
    }

    /** Records the TIMEOUT; if a reviewer was first, their resolution stands. */
    private Resolution timeOut(long escalationSeq) {
        try {
            ledger.resolve(
                    escalationSeq,
                    ResolutionOutcome.TIMEOUT,
                    REVIEWER,
                    "no reviewer resolved the escalation within " + timeout);
        } catch (LedgerException e) {
            Optional<Resolution> first = ledger.pollResolution(escalationSeq);
            if (first.isPresent()) {
                return first.get();
            }
            throw new CompletionException(e);
        }
        return ledger.resolution(escalationSeq).join();
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
