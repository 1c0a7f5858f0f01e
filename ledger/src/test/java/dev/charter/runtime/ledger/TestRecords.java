package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** Decision bodies and keys for ledger tests that need no engine. */
final class TestRecords {

    private TestRecords() {}

    /** A deterministic key, so that failures reproduce. */
    static SigningKey key(int n) {
        SecureRandom random;
        try {
            random = SecureRandom.getInstance("SHA1PRNG");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        random.setSeed(n);
        return SigningKey.generate(random);
    }

    /** A canonical decision body; every tenth is an escalation. */
    static byte[] decisionBody(long n) {
        return decisionBody(n, n % 10 == 9 ? "escalate" : n % 2 == 0 ? "permit" : "deny");
    }

    static byte[] decisionBody(long n, String effect) {
        String json =
                "{\"bundle\":\"unsigned\",\"decision\":{\"decision\":\"" + effect + "\",\"reason\":\"test \\\"" + n
                        + "\\\" \u00e9\"},\"facts\":\"sha256:00\",\"recorded_at\":\"2026-01-01T00:00:00Z\",\"request\":{\"agent\":\"a"
                        + n + "\",\"n\":" + n + "}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static boolean isEscalation(long n) {
        return n % 10 == 9;
    }
}
