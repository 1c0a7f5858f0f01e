package dev.charter.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Engine;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerContents;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerVerifier;
import dev.charter.runtime.ledger.RecordKind;
import dev.charter.runtime.ledger.ReplayReport;
import dev.charter.runtime.ledger.Replayer;
import dev.charter.runtime.ledger.ResolutionOutcome;
import dev.charter.runtime.ledger.SigningMode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An auditor with the public keys and the bundle verifies a guarded agent's ledger (decisions
 * with sessions, refusals, escalations resolved, executions) and replays every decision identically.
 */
class GuardedLedgerAuditTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void aGuardedSessionVerifiesAndReplaysWithoutDivergence(SigningMode mode) throws Exception {
        TrustStore trust = TrustStore.of(List.of(GuardLedgers.KEY.publicKey()));
        Bundle bundle = BundleReader.read(
                BundleWriter.write(
                        BundleContent.builder(GuardFixture.program())
                                .compilerVersion("test")
                                .build(),
                        GuardLedgers.KEY),
                trust);
        int calls = 0;
        try (LedgerEngine engine = LedgerEngine.open(
                Engine.forBundle(bundle),
                dir,
                GuardLedgers.KEY,
                LedgerOptions.defaults().withMode(mode))) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            for (int i = 0; i < 20; i++) {
                int n = i;
                String session = n % 3 == 0 ? null : "session-" + (n % 2);
                guard.run(
                        new ToolCall("read_file", "{\"path\":\"/tmp/" + i + "\"}", "agent-7", session),
                        () -> "file " + n,
                        text -> text);
                guard.check(new ToolCall("delete_file", "{\"path\":\"/tmp/" + i + "\"}", "agent-7", session));
                guard.check(new ToolCall("read_file", "[" + i + "]", "agent-7", session));
                calls += 3;
            }
            CompletableFuture<Verdict> approved = guard.checkAsync(GuardFixture.write("/tmp/approved"));
            CompletableFuture<Verdict> denied = guard.checkAsync(GuardFixture.write("/tmp/denied"));
            calls += 2;
            while (engine.ledger().openEscalations().size() < 2) {
                Thread.sleep(2);
            }
            List<Long> open = engine.ledger().openEscalations();
            engine.ledger().resolve(open.get(0), ResolutionOutcome.APPROVE, "alice", "ok");
            engine.ledger().resolve(open.get(1), ResolutionOutcome.DENY, "alice", "no");
            Verdict first = approved.get(10, TimeUnit.SECONDS);
            Verdict second = denied.get(10, TimeUnit.SECONDS);
            Verdict.Proceed proceed =
                    assertInstanceOf(Verdict.Proceed.class, first instanceof Verdict.Proceed ? first : second);
            guard.executed(proceed, ToolOutcome.succeeded("written"));
        }
        LedgerContents contents = LedgerReader.read(dir);
        assertEquals(21, contents.executions().size(), "20 reads and one approved write ran");
        assertEquals(
                21,
                contents.records().stream()
                        .filter(r -> r.kind() == RecordKind.EXECUTION)
                        .count());
        assertTrue(contents.records().stream().anyMatch(r -> r.body().contains("\"session\":\"session-1\"")));
        assertTrue(LedgerVerifier.verify(dir, trust).ok(), () -> {
            try {
                return LedgerVerifier.verify(dir, trust).toString();
            } catch (Exception e) {
                return e.toString();
            }
        });
        ReplayReport replay = new Replayer(List.of(bundle), List.of()).replay(dir);
        assertEquals(calls, replay.decisions());
        assertEquals(0, replay.divergent(), () -> replay.divergences().toString());
    }
}
