package dev.charter.runtime.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The history bindings attached to one open ledger. Only its writer thread touches them: it feeds
 * them every record it sequences and every record it picks up from other processes (as the
 * observer of the ledger's recovery), and attaches and detaches them between group commits.
 */
final class LedgerHistory implements LedgerRecovery.Observer {

    private final List<HistoryBinding> bindings = new ArrayList<>();

    /** Builds {@code binding} from the first {@code size} records of the ledger in {@code dir}, then feeds it. */
    void attach(HistoryBinding binding, Path dir, long size) {
        binding.rebuild(dir, size);
        bindings.add(binding);
    }

    /**
     * Stops feeding {@code binding} and fails it: a decision that still reads it would read a
     * history missing every later record, so it is denied instead.
     */
    void detach(HistoryBinding binding) {
        bindings.remove(binding);
        binding.fail("the history of this engine is no longer kept: the engine was closed");
    }

    /** A record this writer sequenced, before the next one is sequenced. */
    void appended(long seq, RecordKind kind, byte[] body) {
        for (HistoryBinding binding : bindings) {
            binding.appended(seq, kind, body);
        }
    }

    @Override
    public void record(ParsedRecord record) {
        for (HistoryBinding binding : bindings) {
            binding.observed(record);
        }
    }
}
