package dev.charter.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.FaultyEngines;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ledger.FaultyLedgers;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.Resolution;
import dev.charter.runtime.ledger.ResolutionOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Trust laws of the guard: whatever the call and whatever fails (the engine, the ledger, the
 * escalation wait, the tool), nothing but a legitimate, recorded PERMIT or approved escalation
 * proceeds, nothing throws, and the body runs exactly when the guard says Proceed.
 */
class GuardProperties {

    /** What the plugged escalation wait answers, by escalation seq: approve, deny, time out, fail, or a wrong seq. */
    private static final EscalationWait RANDOM_REVIEWER = seq -> switch ((int) (seq % 5)) {
        case 0 -> CompletableFuture.completedFuture(resolution(seq, ResolutionOutcome.APPROVE));
        case 1 -> CompletableFuture.completedFuture(resolution(seq, ResolutionOutcome.DENY));
        case 2 -> CompletableFuture.completedFuture(resolution(seq, ResolutionOutcome.TIMEOUT));
        case 3 -> CompletableFuture.failedFuture(new IllegalStateException("review service down"));
        default -> CompletableFuture.completedFuture(resolution(seq + 1, ResolutionOutcome.APPROVE));
    };

    private static Path root;
    private static LedgerEngine healthy;
    private static LedgerEngine failed;
    private static ToolGuard recording;
    private static ToolGuard recordingOnFailedLedger;
    private static final ToolGuard UNRECORDED = ToolGuard.unrecorded(GuardFixture.engine(), GuardFixture.OPTIONS);
    private static final ToolGuard FAULTY_ENGINE =
            ToolGuard.unrecorded(FaultyEngines.throwingInEveryRule(GuardFixture.program()), GuardFixture.OPTIONS);

    private static Resolution resolution(long seq, ResolutionOutcome outcome) {
        return new Resolution(seq, seq + 1, outcome, "reviewer-" + outcome.label(), "because", "2026-12-04T15:00:00Z");
    }

    @BeforeContainer
    static void openLedgers() throws Exception {
        root = Files.createTempDirectory("guard-properties");
        healthy = GuardLedgers.open(root.resolve("healthy"));
        recording = ToolGuard.recording(healthy, GuardFixture.OPTIONS, RANDOM_REVIEWER);
        FaultyLedgers.Faulty faulty =
                FaultyLedgers.open(GuardFixture.engine(), root.resolve("failed"), GuardLedgers.KEY);
        failed = faulty.engine();
        recordingOnFailedLedger = ToolGuard.recording(failed, GuardFixture.OPTIONS, RANDOM_REVIEWER);
        assertInstanceOf(Verdict.Proceed.class, recordingOnFailedLedger.check(GuardFixture.read("/tmp/a")));
        faulty.failFsyncs().run();
    }

    @AfterContainer
    static void closeLedgers() throws IOException {
        healthy.close();
        failed.ledger().close();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<ToolCall> calls() {
        return GuardCalls.calls();
    }

    @Provide
    Arbitrary<ToolGuard> guards() {
        return Arbitraries.of(UNRECORDED, FAULTY_ENGINE, recording, recordingOnFailedLedger);
    }

    @Property(tries = 1500)
    void noErrorPathOfTheGuardYieldsProceed(@ForAll("guards") ToolGuard guard, @ForAll("calls") ToolCall call) {
        Verdict verdict = guard.check(call);
        assertNotNull(verdict);
        if (verdict instanceof Verdict.Proceed proceed) {
            assertTrue(GuardCalls.mayProceed(call), "proceeded: " + call);
            assertTrue(guard != FAULTY_ENGINE && guard != recordingOnFailedLedger, "proceeded on a failure: " + call);
            Effect effect = proceed.decision().decision().effect();
            if (effect == Effect.ESCALATE) {
                assertTrue(proceed.approval().orElseThrow().approved());
                assertEquals(proceed.decision().seq(), proceed.approval().get().escalationSeq());
            } else {
                assertEquals(Effect.PERMIT, effect);
                assertTrue(proceed.approval().isEmpty());
            }
            assertEquals(guard.recording(), proceed.decision().recorded());
        } else {
            Verdict.Refused refused = (Verdict.Refused) verdict;
            assertTrue(refused.refusal().startsWith("NOT EXECUTED: "), refused.refusal());
            assertTrue(refused.reasonCode() != dev.charter.runtime.ReasonCode.RULE
                    || refused.decision().decision().effect() == Effect.DENY);
        }
    }

    @Property(tries = 600)
    void theBodyRunsOnlyOnProceed(
            @ForAll("guards") ToolGuard guard, @ForAll("calls") ToolCall call, @ForAll boolean bodyThrows) {
        AtomicInteger runs = new AtomicInteger();
        Guarded<String> out;
        try {
            out = guard.run(
                    call,
                    () -> {
                        runs.incrementAndGet();
                        if (bodyThrows) {
                            throw new IOException("tool failed");
                        }
                        return "result";
                    },
                    text -> text);
        } catch (Exception e) {
            assertTrue(bodyThrows, "only the body's own exception comes out: " + e);
            assertInstanceOf(IOException.class, e);
            assertEquals(1, runs.get());
            assertTrue(GuardCalls.mayProceed(call));
            return;
        }
        if (out instanceof Guarded.Ran<String> ran) {
            assertFalse(bodyThrows);
            assertEquals(1, runs.get());
            assertTrue(GuardCalls.mayProceed(call), "ran: " + call);
            assertEquals("result", ran.result());
        } else {
            assertEquals(0, runs.get(), "a refused call's body never runs: " + call);
        }
    }

    @Property(tries = 200)
    void reportingAnOutcomeNeverThrows(@ForAll("guards") ToolGuard guard, @ForAll("calls") ToolCall call) {
        if (guard.check(call) instanceof Verdict.Proceed proceed) {
            guard.executed(proceed, ToolOutcome.failed("x"));
            guard.executed(proceed, ToolOutcome.succeeded("again"));
        }
    }
}
