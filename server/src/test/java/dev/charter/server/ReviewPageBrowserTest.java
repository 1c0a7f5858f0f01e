package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerContents;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.LedgerVerifier;
import dev.charter.runtime.ledger.RecordKind;
import dev.charter.testing.MachinePrerequisite;
import dev.charter.testing.ProcessRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page in a real browser: headless Chromium, driven by playwright-core from Node
 * ({@code src/test/browser/review.mjs}), signs in as reviewer maria, finds the escalation an agent
 * just caused, approves it with a reason, and the ledger then holds the resolution record naming
 * maria. Skipped when Chromium, Node or the npm package are not available, unless
 * {@code CHARTER_REQUIRE_BROWSER=1} (CI sets it), which makes their absence a failure. The
 * screenshot lands in {@code target/review-page.png}; {@code docs/review-page.png} is a copy.
 */
class ReviewPageBrowserTest {

    private static final Path BROWSER_SOURCES = Path.of("src", "test", "browser");
    private static final Path WORK = Path.of("target", "browser");
    private static final MachinePrerequisite BROWSER =
            new MachinePrerequisite("CHARTER_REQUIRE_BROWSER", "the browser test");

    @Test
    void aReviewerApprovesAnEscalationInChromiumAndTheLedgerNamesHer(@TempDir Path dir) throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHARTER_CHROMIUM", "/usr/bin/chromium"));
        BROWSER.require(Files.isExecutable(chromium), "Chromium is not at " + chromium);
        BROWSER.require(
                ProcessRun.of(List.of("node", "--version"), Path.of("."), 30).exit() == 0, "node is not on the PATH");
        installPlaywright();

        long seq;
        TrustStore trust;
        try (ServerFixture fixture = ServerFixture.start(dir)) {
            trust = fixture.trust;
            JsonNode decision = ServerFixture.json(fixture.decide(ServerFixture.request(1)));
            assertEquals("escalate", decision.path("decision").asText(), decision.toString());
            seq = decision.path("seq").asLong();
            fixture.clock.advance(Duration.ofSeconds(192));
            Path screenshot = Path.of("target", "review-page.png").toAbsolutePath();
            ProcessRun node = ProcessRun.of(
                    List.of(
                            "node",
                            "review.mjs",
                            "http://127.0.0.1:" + fixture.server.port(),
                            ServerFixture.MARIA_TOKEN,
                            Long.toString(seq),
                            "Called the customer: the payment is theirs",
                            screenshot.toString(),
                            Files.createDirectory(dir.resolve("chromium-profile"))
                                    .toString(),
                            chromium.toString()),
                    WORK,
                    180);
            assertEquals(0, node.exit(), () -> "the browser script failed:\n" + node.output());
            String last = node.output().strip().lines().reduce((a, b) -> b).orElse("{}");
            JsonNode seen = ServerFixture.JSON.readTree(last);
            assertEquals("lending-agent-v2", seen.path("agent").asText(), seen.toString());
            assertEquals("initiate_payment", seen.path("action").asText());
            assertTrue(seen.path("derivationShown").asBoolean());
            assertEquals(
                    "Approved #" + seq + " (lending-agent-v2: initiate_payment).",
                    seen.path("notice").asText());
            assertEquals(0, seen.path("stillOpen").asInt());
            assertEquals("approved", seen.path("resolvedOutcome").asText());
            assertEquals("maria", seen.path("resolvedBy").asText());
            assertEquals("", seen.path("scriptCanReadCookie").asText(), "the session cookie is HttpOnly");
            JsonNode cookie = seen.path("cookies").get(0);
            assertEquals("charter_review", cookie.path("name").asText());
            assertTrue(cookie.path("httpOnly").asBoolean());
            assertEquals("Strict", cookie.path("sameSite").asText());
            assertEquals(0, seen.path("consoleErrors").size(), seen.toString());
            assertTrue(Files.size(screenshot) > 10_000, "a screenshot was kept");
            assertEquals(
                    "approved",
                    fixture.server.escalations().get(seq).orElseThrow().state().label());
        }
        Path ledger = dir.resolve("ledger");
        assertTrue(LedgerVerifier.verify(ledger, trust).ok(), "ledger verify passes");
        LedgerContents contents = LedgerReader.read(ledger);
        LedgerRecord resolution = contents.records().stream()
                .filter(r -> r.kind() == RecordKind.RESOLUTION)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no resolution record"));
        JsonNode body = ServerFixture.JSON.readTree(resolution.body());
        assertEquals("maria", body.path("reviewer").asText());
        assertEquals("approve", body.path("outcome").asText());
        assertEquals(seq, body.path("escalation").path("seq").asLong());
        assertEquals(
                "Called the customer: the payment is theirs",
                body.path("reason").asText());
    }

    private static void installPlaywright() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "review.mjs")) {
            Files.copy(BROWSER_SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isRegularFile(WORK.resolve("node_modules/playwright-core/package.json"))) {
            return;
        }
        ProcessRun npm = ProcessRun.of(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), WORK, 300);
        BROWSER.require(npm.exit() == 0, "npm ci of playwright-core failed:\n" + npm.output());
    }
}
