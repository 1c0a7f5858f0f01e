package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.runtime.Decision;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.ReplayReport;
import dev.charter.runtime.ledger.Replayer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision server's deployments decide history rules from the ledger: five refunds per agent
 * per hour and 500 per customer per day, from constitutions in Charter source; a bundle swapped
 * in builds the state of its own queries from every record already in the ledger; and the whole
 * ledger, over both bundles, replays with no divergence.
 */
class HistoryDeploymentsTest {

    private static final String SOURCE = """
            constitution "refunds" version VERSION { timezone "UTC" }

            action refund { amount: decimal, customer: string }

            rule refunds_per_agent:
              deny refund when count(permitted refund, same agent, within WINDOW) >= LIMIT
              priority 10;

            rule refunds_per_customer:
              deny refund
              when sum(request.amount of permitted refund, same request.customer, within 1 day)
                + request.amount > 500
              priority 5;

            rule refunds: permit refund;

            default deny;
            """;
    private static final byte[] NO_FACTS = "{\"relations\": {}}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static String refund(String agent, String customer, int amount) {
        return "{\"agent\": \"" + agent + "\", \"action\": \"refund\", \"request\": {\"amount\": " + amount
                + ", \"customer\": \"" + customer + "\"}, \"time\": \"2026-12-04T12:00:00Z\"}";
    }

    private static Effect decide(Deployments deployments, String request) {
        Decision decision = deployments.current().recorder().decideJson(request);
        return decision.effect();
    }

    @Test
    void aSwappedInBundleReadsTheHistoryOfItsOwnQueries() throws Exception {
        SigningKey key = SigningKey.generate();
        TrustStore trust = TrustStore.of(List.of(key.publicKey()));
        byte[] first = ServerFixture.bundle(source(1, "1 hour", 5), key);
        byte[] second = ServerFixture.bundle(source(2, "2 hours", 3), key);
        try (Ledger ledger = Ledger.open(dir.resolve("ledger"), key, LedgerOptions.defaults())) {
            Deployments deployments =
                    Deployments.start(trust, ledger, new Archive(dir.resolve("archive")), first, NO_FACTS);
            for (int i = 0; i < 5; i++) {
                assertEquals(Effect.PERMIT, decide(deployments, refund("agent-1", "c-" + i, 10)));
            }
            assertEquals(Effect.DENY, decide(deployments, refund("agent-1", "c-9", 10)), "a sixth within the hour");
            assertEquals(Effect.PERMIT, decide(deployments, refund("agent-2", "c-1", 200)));
            assertEquals(Effect.PERMIT, decide(deployments, refund("agent-3", "c-1", 280)));
            assertEquals(Effect.DENY, decide(deployments, refund("agent-4", "c-1", 21)), "501 for c-1 in a day");
            assertEquals(Effect.PERMIT, decide(deployments, refund("agent-4", "c-1", 10)));

            deployments.swapBundle(second);
            assertEquals(Effect.PERMIT, decide(deployments, refund("agent-5", "c-5", 10)));
            assertEquals(
                    Effect.PERMIT,
                    decide(deployments, refund("agent-2", "c-6", 10)),
                    "agent-2 has 1 refund in 2 hours, under the new limit of 3");
            assertEquals(Effect.DENY, decide(deployments, refund("agent-1", "c-7", 10)), "agent-1 has 5 in 2 hours");
            assertEquals(Effect.DENY, decide(deployments, refund("agent-6", "c-1", 1)), "c-1's day is spent");

            deployments.swapFacts(NO_FACTS);
            assertEquals(Effect.PERMIT, decide(deployments, refund("agent-5", "c-8", 10)));
            assertEquals(Effect.PERMIT, decide(deployments, refund("agent-5", "c-8", 10)));
            assertEquals(
                    Effect.DENY,
                    decide(deployments, refund("agent-5", "c-8", 10)),
                    "agent-5's fourth in 2 hours: the state built after the facts swap holds the earlier three");
        }
        Bundle one = BundleReader.read(first, trust);
        Bundle two = BundleReader.read(second, trust);
        ReplayReport report = new Replayer(List.of(one, two), List.of()).replay(dir.resolve("ledger"));
        assertEquals(17, report.decisions());
        assertEquals(List.of(), report.divergences());
    }

    /**
     * Decisions race facts swaps: four threads spend one customer's budget through whichever
     * deployment is current while a fifth swaps the facts in a loop. The permitted refunds never
     * pass the budget, and the whole ledger replays with no divergence, a decision denied on a
     * deployment replaced under it ({@code history_unavailable}) included.
     */
    @Test
    void decisionsRacingSwapsNeverOverspendAndReplay() throws Exception {
        SigningKey key = SigningKey.generate();
        TrustStore trust = TrustStore.of(List.of(key.publicKey()));
        byte[] bundle = ServerFixture.bundle(source(1, "1 hour", 1000), key);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try (Ledger ledger = Ledger.open(dir.resolve("ledger"), key, LedgerOptions.defaults())) {
            Deployments deployments =
                    Deployments.start(trust, ledger, new Archive(dir.resolve("archive")), bundle, NO_FACTS);
            AtomicBoolean deciding = new AtomicBoolean(true);
            List<Future<?>> deciders = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                deciders.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        deployments.current().recorder().decideJson(refund("agent-" + thread, "c-1", 7 + i % 5));
                    }
                    return null;
                }));
            }
            Future<?> swapper = pool.submit(() -> {
                while (deciding.get()) {
                    deployments.swapFacts(NO_FACTS);
                }
                return null;
            });
            for (Future<?> decider : deciders) {
                decider.get(120, TimeUnit.SECONDS);
            }
            deciding.set(false);
            swapper.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        BigDecimal permitted = BigDecimal.ZERO;
        for (LedgerRecord record : LedgerReader.read(dir.resolve("ledger")).records()) {
            JsonNode body = new ObjectMapper().readTree(record.body());
            if (body.path("decision").path("decision").asText().equals("permit")) {
                permitted = permitted.add(
                        body.path("request").path("request").path("amount").decimalValue());
            }
        }
        assertTrue(permitted.compareTo(new BigDecimal(500)) <= 0, "permitted " + permitted);
        ReplayReport report =
                new Replayer(List.of(BundleReader.read(bundle, trust)), List.of()).replay(dir.resolve("ledger"));
        assertEquals(160, report.decisions());
        assertEquals(List.of(), report.divergences());
    }

    private static String source(int version, String window, int limit) {
        return SOURCE.replace("VERSION", String.valueOf(version))
                .replace("WINDOW", window)
                .replace("LIMIT", String.valueOf(limit));
    }
}
