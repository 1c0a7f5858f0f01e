package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleRejectedException;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of {@code docs/embedding.md}, run: keep the two in step. */
class EmbeddingExampleTest {

    // --- docs/embedding.md, "A complete example" ---
    static Engine loadEngine(Path bundleFile, Path trustFile, Path factsFile) throws IOException {
        Engine engine;
        try {
            TrustStore trust = TrustStore.read(trustFile);
            engine = Engine.forBundle(BundleReader.read(Files.readAllBytes(bundleFile), trust));
        } catch (BundleRejectedException | KeyFormatException e) {
            engine = Engine.failClosed(e.getMessage()); // no valid bundle: every decision is DENY
        }
        engine.attach(FactSnapshot.parse(Files.readAllBytes(factsFile)));
        return engine;
    }

    static String pay(Engine engine, String agent, BigDecimal amount) {
        Request request = Request.builder()
                .agent(agent)
                .action("initiate_payment")
                .param("amount", amount)
                .param("destination", "external-account")
                .context("identity_verified", true)
                .context("account_status", "active")
                .context("market_halted", false)
                .time(Instant.now())
                .build();
        Decision d = engine.decide(request);
        return switch (d.effect()) {
            case PERMIT -> "paid";
            case ESCALATE -> "sent to " + d.route() + ": " + d.reason();
            case DENY -> "refused (" + d.reasonCode().keyword() + "): " + d.reason();
        };
    }
    // --- end of the example ---

    @Test
    void runsTheDocumentedExample(@TempDir Path dir) throws IOException {
        SigningKey key = SigningKey.generate();
        Path bundle = Files.write(
                dir.resolve("lending.bundle"),
                BundleWriter.write(
                        BundleContent.builder(FintechProgram.program())
                                .compilerVersion("doc")
                                .build(),
                        key));
        Path trust = Files.writeString(
                dir.resolve("trust.txt"),
                TrustStore.of(List.of(key.publicKey())).toText());
        Path facts = Files.writeString(dir.resolve("facts.json"), FintechProgram.SNAPSHOT_JSON, StandardCharsets.UTF_8);

        Engine engine = loadEngine(bundle, trust, facts);

        assertEquals("paid", pay(engine, "lending-agent-v2", new BigDecimal("500.00")));
        assertEquals(
                "sent to senior_ops: payments of 10000 or more need senior ops review",
                pay(engine, "lending-agent-v2", new BigDecimal("15000.00")));
        assertEquals("refused (default): no rule matched; default deny", pay(engine, "stray-agent", BigDecimal.TEN));
    }

    @Test
    void theDocumentedExampleFailsClosedWithAnUntrustedBundle(@TempDir Path dir) throws IOException {
        Path bundle = Files.write(
                dir.resolve("lending.bundle"),
                BundleWriter.write(
                        BundleContent.builder(FintechProgram.program())
                                .compilerVersion("doc")
                                .build(),
                        SigningKey.generate()));
        Path trust = Files.writeString(
                dir.resolve("trust.txt"),
                TrustStore.of(List.of(SigningKey.generate().publicKey())).toText());
        Path facts = Files.writeString(dir.resolve("facts.json"), FintechProgram.SNAPSHOT_JSON, StandardCharsets.UTF_8);

        Engine engine = loadEngine(bundle, trust, facts);

        assertEquals(
                Effect.DENY,
                engine.decide(FintechProgram.payment("lending-agent-v2", "5").build())
                        .effect());
        assertTrue(pay(engine, "lending-agent-v2", BigDecimal.ONE).startsWith("refused (no_valid_bundle)"));
    }
}
