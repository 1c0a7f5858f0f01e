package dev.charter.bench;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The requests the ledger benchmarks record: fintech payments, mostly permitted, a few denied. */
final class LedgerWorkload {

    private static final String SNAPSHOT = """
            { "relations": {
                "role":      [["orchestrator", "teller"]],
                "delegates": [["orchestrator", "lending-agent-v2", "initiate_payment"]] } }
            """;

    private LedgerWorkload() {}

    static FactSnapshot snapshot() {
        return FactSnapshot.parse(SNAPSHOT.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code count} payment requests of varied amounts and agents (no escalations: they stay open). */
    static Request[] requests(int count) {
        Request[] requests = new Request[count];
        for (int i = 0; i < count; i++) {
            String agent = i % 8 == 7 ? "stray-agent" : "lending-agent-v2";
            requests[i] = Request.parse("""
                    { "agent": "%s", "action": "initiate_payment",
                      "request": { "amount": "%d.%02d", "destination": "external-account" },
                      "context": { "identity_verified": true, "account_status": "active", "market_halted": false },
                      "time": "2026-04-14T11:%02d:09Z", "chain": ["orchestrator", "%s"] }
                    """.formatted(agent, 100 + 37 * i, i % 100, i % 60, agent));
        }
        return requests;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
