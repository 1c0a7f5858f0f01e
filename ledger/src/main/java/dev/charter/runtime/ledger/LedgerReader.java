package dev.charter.runtime.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a ledger without writing to it (no key needed, no recovery done): for listing
 * escalations, proving inclusion and replaying. The records' chain, sequence and checkpoint roots
 * are checked on the way (signatures are {@link LedgerVerifier}'s); a torn tail a crashed writer
 * left is skipped, any other damage is a {@link LedgerCorruptedException}.
 */
public final class LedgerReader {

    private LedgerReader() {}

    public static LedgerContents read(Path dir) throws IOException, LedgerCorruptedException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a ledger directory");
        }
        List<LedgerRecord> records = new ArrayList<>();
        List<SignedCheckpoint> checkpoints = new ArrayList<>();
        Map<Long, Execution> executions = new TreeMap<>();
        LedgerRecovery.Observer collect = new LedgerRecovery.Observer() {
            @Override
            public void record(ParsedRecord record) {
                records.add(LedgerRecord.of(record));
                if (record.kind() == RecordKind.EXECUTION) {
                    Execution execution = execution(record);
                    executions.put(execution.decisionSeq(), execution);
                }
            }

            @Override
            public void checkpoint(SignedCheckpoint checkpoint) {
                checkpoints.add(checkpoint);
            }
        };
        LedgerRecovery read = LedgerRecovery.readAll(dir, Disk.SYSTEM, LedgerRecovery.Tail.IGNORE, "", collect);
        LedgerState state = read.state();
        Map<Long, Resolution> resolutions = new TreeMap<>(state.resolutions());
        return new LedgerContents(
                state.origin(),
                List.copyOf(records),
                List.copyOf(checkpoints),
                List.copyOf(state.openEscalations().keySet()),
                resolutions,
                executions,
                read.skippedTail());
    }

    /** What an execution record says; the ledger's state read it already, so it is well-formed. */
    private static Execution execution(ParsedRecord record) {
        try {
            return RecordBodies.readExecution(record).execution();
        } catch (RecordParser.BadRecord e) {
            throw new IllegalStateException("an execution record the ledger's state accepted is unreadable", e);
        }
    }

    /**
     * The decision records of {@code dir} whose outcome is escalate, read one record at a time so
     * that a ledger of any size is scanned in a small heap: what a decision server rebuilds its
     * escalations from when it starts. Damage is reported as by {@link #read}.
     */
    public static List<LedgerRecord> escalations(Path dir) throws IOException, LedgerCorruptedException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a ledger directory");
        }
        List<LedgerRecord> escalations = new ArrayList<>();
        LedgerRecovery.Observer collect = new LedgerRecovery.Observer() {
            @Override
            public void record(ParsedRecord record) {
                if (record.escalation()) {
                    escalations.add(LedgerRecord.of(record));
                }
            }
        };
        LedgerRecovery.readAll(dir, Disk.SYSTEM, LedgerRecovery.Tail.IGNORE, "", collect);
        return List.copyOf(escalations);
    }
}
