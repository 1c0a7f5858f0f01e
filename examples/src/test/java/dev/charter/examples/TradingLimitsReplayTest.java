package dev.charter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.ReplayReport;
import dev.charter.runtime.ledger.Replayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trading desk's limits come from its facts: a decision's trace names the limit it compared
 * the order with, the compiled bundle carries the rule that reads it, and the recorded decisions
 * replay byte for byte from the bundle and the snapshot.
 */
class TradingLimitsReplayTest {

    private static final Path DIRECTORY = Path.of("trading");

    @TempDir
    Path ledger;

    @Test
    void decisionsOnFactBoundLimitsNameTheLimitAndReplayByteForByte() throws Exception {
        Path source = DIRECTORY.resolve("trading.charter");
        Compilation c = Compiler.compile(List.of(new SourceFile(source.toString(), Files.readString(source))));
        SigningKey bundleKey = SigningKey.generate();
        SigningKey ledgerKey = SigningKey.generate();
        TrustStore trust = TrustStore.of(List.of(bundleKey.publicKey(), ledgerKey.publicKey()));
        Bundle bundle = BundleReader.read(
                BundleWriter.write(
                        BundleContent.builder(c.program().orElseThrow(() -> new AssertionError(c.diagnostics())))
                                .compilerVersion("test")
                                .build(),
                        bundleKey),
                trust);
        FactSnapshot facts = FactSnapshot.parse(Files.readAllBytes(DIRECTORY.resolve("facts.json")));
        Engine engine = Engine.forBundle(bundle);
        engine.attach(facts);

        Decision above = engine.decide(order("desk-agent-1", "250000.01").explained());
        assertEquals("risk_desk", above.route());
        assertTrue(above.toJson().contains("notional_limit(trader, 250000)"), above::toJson);

        try (LedgerEngine recording = LedgerEngine.open(engine, ledger, ledgerKey, LedgerOptions.defaults())) {
            for (String agent : List.of("desk-agent-1", "desk-agent-2", "intern-bot")) {
                for (String notional : List.of("1", "250000", "250000.01", "1000000", "1000000.01")) {
                    assertTrue(recording.record(order(agent, notional)).recorded());
                }
            }
        }
        ReplayReport replay = new Replayer(List.of(bundle), List.of(facts)).replay(ledger);
        assertEquals(List.of(), replay.divergences());
        assertEquals(15, replay.identical());
    }

    private static Request order(String agent, String notional) {
        return Request.parse("""
                { "agent": "%s", "action": "trading.place_order",
                  "request": { "symbol": "INITECH", "side": "buy", "quantity": 10, "notional": "%s" },
                  "context": { "market_halted": false, "desk_loss_today": "0" },
                  "time": "2026-04-14T14:30:00Z" }
                """.formatted(agent, notional));
    }
}
