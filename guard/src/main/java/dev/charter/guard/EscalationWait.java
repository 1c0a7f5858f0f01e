package dev.charter.guard;

import dev.charter.runtime.ledger.Resolution;
import java.util.concurrent.CompletableFuture;

/**
 * Waits for the resolution of an escalation. The guard's default waits on the ledger
 * ({@code Ledger.resolution(seq)}) and records a TIMEOUT resolution when
 * {@link GuardOptions#escalationTimeout()} passes; a server plugs in its own escalation service.
 * A future that fails, or completes with a resolution of another escalation, refuses the call.
 */
@FunctionalInterface
public interface EscalationWait {

    /** The resolution of the escalation whose decision record is {@code escalationSeq}. */
    CompletableFuture<Resolution> await(long escalationSeq);
}
