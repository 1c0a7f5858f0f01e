package dev.charter.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ledger.Execution;
import dev.charter.runtime.ledger.LedgerContents;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.ResolutionOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guarded tool runs only on Proceed, and what ran is recorded after the decision that let it. */
class ExecutionGuardTest {

    @TempDir
    Path dir;

    @Test
    void aPermittedToolRunsAndItsResultDigestIsRecorded() throws Exception {
        Guarded<String> out;
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            out = guard.run(GuardFixture.read("/tmp/a"), () -> "contents of a", text -> text);
        }
        Guarded.Ran<String> ran = assertInstanceOf(Guarded.Ran.class, out);
        assertEquals("contents of a", ran.result());
        Execution execution =
                LedgerReader.read(dir).execution(ran.verdict().decision().seq()).orElseThrow();
        assertTrue(execution.success());
        assertEquals(ToolOutcome.digest("contents of a"), execution.resultDigest());
    }

    @Test
    void anExecutionReportedWithoutWaitingIsDurableWhenItsFutureCompletes() throws Exception {
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            Verdict.Proceed proceed = assertInstanceOf(Verdict.Proceed.class, guard.check(GuardFixture.read("/tmp/a")));
            guard.executedAsync(proceed, ToolOutcome.succeeded("contents of a")).get();
            Execution execution =
                    LedgerReader.read(dir).execution(proceed.decision().seq()).orElseThrow();
            assertTrue(execution.success());
            assertEquals(ToolOutcome.digest("contents of a"), execution.resultDigest());

            // Reported twice: the ledger refuses the second, and the future still completes normally.
            guard.executedAsync(proceed, ToolOutcome.succeeded("again")).get();
            assertEquals(1, LedgerReader.read(dir).executions().size());
        }
    }

    @Test
    void anExecutionReportedWithoutWaitingIsQueuedBeforeItReturnsSoWhatFollowsIsRecordedAfterIt() throws Exception {
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            Verdict.Proceed first = assertInstanceOf(Verdict.Proceed.class, guard.check(GuardFixture.read("/tmp/a")));
            guard.executedAsync(first, ToolOutcome.succeeded("contents of a"));
            Verdict.Proceed next = assertInstanceOf(Verdict.Proceed.class, guard.check(GuardFixture.read("/tmp/b")));
            assertEquals(first.decision().seq() + 2, next.decision().seq(), "decision, execution, next decision");
            Execution execution =
                    LedgerReader.read(dir).execution(first.decision().seq()).orElseThrow();
            assertEquals(first.decision().seq() + 1, execution.seq());
        }
    }

    @Test
    void aRefusedToolNeverRunsAndNothingIsExecuted() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            Guarded<String> out =
                    guard.run(GuardFixture.delete("/tmp/a"), () -> "deleted " + runs.incrementAndGet(), t -> t);
            Guarded.NotRun<String> notRun = assertInstanceOf(Guarded.NotRun.class, out);
            assertTrue(notRun.refusal().refusal().startsWith("NOT EXECUTED: delete_file"));
        }
        assertEquals(0, runs.get());
        LedgerContents contents = LedgerReader.read(dir);
        assertEquals(1, contents.records().size());
        assertTrue(contents.executions().isEmpty());
    }

    @Test
    void aToolThatThrowsIsRecordedAsFailedAndTheExceptionRethrown() throws Exception {
        IOException boom = new IOException("disk full");
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            IOException thrown = assertThrows(
                    IOException.class,
                    () -> guard.run(
                            GuardFixture.read("/tmp/a"),
                            () -> {
                                throw boom;
                            },
                            (String t) -> t));
            assertSame(boom, thrown);
        }
        Execution execution = LedgerReader.read(dir).execution(0).orElseThrow();
        assertFalse(execution.success());
        assertEquals("IOException: disk full", execution.detail());
    }

    @Test
    void anApprovedEscalationsToolRunsAndIsRecordedAfterTheResolution() throws Exception {
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            Thread reviewer = new Thread(() -> {
                try {
                    while (engine.ledger().openEscalations().isEmpty()) {
                        Thread.sleep(2);
                    }
                    engine.ledger()
                            .resolve(
                                    engine.ledger().openEscalations().get(0), ResolutionOutcome.APPROVE, "alice", "ok");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            reviewer.start();
            Guarded<String> out = guard.run(GuardFixture.write("/tmp/a"), () -> "written", t -> t);
            reviewer.join();
            assertInstanceOf(Guarded.Ran.class, out);
        }
        LedgerContents contents = LedgerReader.read(dir);
        assertEquals(3, contents.records().size(), "decision, resolution, execution");
        assertTrue(contents.execution(0).isPresent());
    }

    @Test
    void reportingAnExecutionTwiceRecordsItOnceAndDoesNotThrow() throws Exception {
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            Verdict.Proceed proceed = assertInstanceOf(Verdict.Proceed.class, guard.check(GuardFixture.read("/tmp/a")));
            guard.executed(proceed, ToolOutcome.succeeded("x"));
            guard.executed(proceed, ToolOutcome.succeeded("y"));
        }
        assertEquals(1, LedgerReader.read(dir).executions().size());
    }

    @Test
    void anUnrecordedGuardRunsPermittedToolsAndRecordsNothing() throws Exception {
        ToolGuard guard = ToolGuard.unrecorded(GuardFixture.engine(), GuardFixture.OPTIONS);
        Guarded<Integer> out = guard.run(GuardFixture.read("/tmp/a"), () -> 42, String::valueOf);
        assertEquals(42, assertInstanceOf(Guarded.Ran.class, out).result());
    }
}
