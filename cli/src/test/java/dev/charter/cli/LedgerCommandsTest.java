package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger's commands end to end, as an operator and an auditor use them: eval records, an
 * escalation is approved, the key is rotated, the ledger verifies, a record is proved, every
 * decision replays (summaries and explained ones alike, each in its recorded form), and tampering
 * is caught at its sequence number.
 */
class LedgerCommandsTest {

    private static final String LENDING = "../examples/fintech/lending.charter";
    private static final String FACTS = "../examples/fintech/facts.json";
    private static final String REQUESTS = "../examples/fintech/requests.jsonl";

    @TempDir
    Path dir;

    @Test
    void recordVerifyResolveRotateProveAndReplay() throws Exception {
        Path keys = dir.resolve("keys");
        GeneratedKeys.generate(keys, "bundle", "ledger", "next");
        String trust = keys.resolve("trust.txt").toString();
        Path bundles = Files.createDirectories(dir.resolve("bundles"));
        Path facts = Files.createDirectories(dir.resolve("facts"));
        Files.copy(Path.of(FACTS), facts.resolve("facts.json"));
        String bundle = bundles.resolve("lending.bundle").toString();
        assertEquals(
                0,
                CliRun.of(
                                "compile",
                                LENDING,
                                "-o",
                                bundle,
                                "--key",
                                keys.resolve("bundle.key").toString())
                        .status());

        String ledger = dir.resolve("ledger").toString();
        String ledgerKey = keys.resolve("ledger.key").toString();
        CliRun eval = evalBundle(bundle, trust, ledger, ledgerKey, "--facts", FACTS);
        assertEquals(0, eval.status(), eval.err());
        assertEquals(5, eval.out().lines().count());

        CliRun list = CliRun.of("escalations", "list", ledger);
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().contains("senior_ops"), list.out());
        assertTrue(list.out().contains("1 open escalation"), list.out());
        CliRun approve = CliRun.of(
                "escalations",
                "approve",
                ledger,
                "0",
                "--reviewer",
                "senior-ops/alice",
                "--reason",
                "payee verified by phone",
                "--key",
                ledgerKey);
        assertEquals(0, approve.status(), approve.err());
        assertTrue(
                approve.out().contains("escalation 0 approved by senior-ops/alice (resolution record seq 5)"),
                approve.out());
        CliRun again = CliRun.of(
                "escalations", "deny", ledger, "0", "--reviewer", "bob", "--reason", "no", "--key", ledgerKey);
        assertEquals(1, again.status());
        assertTrue(again.err().contains("already resolved at seq 5"), again.err());
        CliRun show = CliRun.of("escalations", "show", ledger, "0");
        assertTrue(show.out().startsWith("escalation 0: approved by senior-ops/alice"), show.out());

        CliRun rotate = CliRun.of(
                "keys",
                "rotate",
                "--ledger",
                ledger,
                "--key",
                ledgerKey,
                "--new-key",
                keys.resolve("next.key").toString());
        assertEquals(0, rotate.status(), rotate.err());
        CliRun explained =
                evalBundle(bundle, trust, ledger, keys.resolve("next.key").toString(), "--facts", FACTS, "--explain");
        assertEquals(0, explained.status(), explained.err());
        assertTrue(explained.out().contains("\"explained\":true"), explained.out());
        CliRun retired = evalBundle(bundle, trust, ledger, ledgerKey);
        assertEquals(2, retired.status());
        assertTrue(retired.err().contains("retired"), retired.err());

        Path ledgerOnly = dir.resolve("ledger-trust.txt");
        Files.writeString(ledgerOnly, Files.readString(keys.resolve("ledger.pub")));
        CliRun verify = CliRun.of("ledger", "verify", ledger, "--keys", ledgerOnly.toString());
        assertEquals(0, verify.status(), verify.out() + verify.err());
        assertTrue(verify.out().contains("records      12 verified"), verify.out());

        CliRun proof = CliRun.of("ledger", "proof", ledger, "--seq", "3");
        assertEquals(0, proof.status(), proof.err());
        Path proofFile = dir.resolve("proof.json");
        Files.writeString(proofFile, proof.out());
        CliRun checked = CliRun.of("ledger", "check-proof", proofFile.toString(), "--keys", trust);
        assertEquals(0, checked.status(), checked.out());
        assertTrue(checked.out().startsWith("proof of seq 3: OK"), checked.out());
        Files.writeString(
                proofFile, proof.out().replace("\"agent\":\"lending-agent-v2\"", "\"agent\":\"lending-agent-v9\""));
        assertEquals(
                1,
                CliRun.of("ledger", "check-proof", proofFile.toString(), "--keys", trust)
                        .status());

        CliRun replay = CliRun.of(
                "replay", ledger, "--bundles", bundles.toString(), "--facts", facts.toString(), "--keys", trust);
        assertEquals(0, replay.status(), replay.out() + replay.err());
        assertTrue(
                replay.out().contains("replayed 10 decisions of " + ledger + ": 10 identical, 0 divergent"),
                replay.out());

        Path segment;
        try (var files = Files.list(Path.of(ledger))) {
            segment = files.filter(p -> p.toString().endsWith(".seg"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        byte[] data = Files.readAllBytes(segment);
        String text = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
        int fourth = text.indexOf("\"seq\":3}");
        data[fourth - 30] ^= 1;
        Files.write(segment, data);
        CliRun tampered = CliRun.of("ledger", "verify", ledger, "--keys", trust);
        assertEquals(1, tampered.status());
        assertTrue(tampered.out().startsWith("ledger " + ledger + ": FAILED at seq 3 "), tampered.out());
        CliRun damaged = CliRun.of(
                "replay", ledger, "--bundles", bundles.toString(), "--facts", facts.toString(), "--keys", trust);
        assertEquals(ExitStatus.USAGE, damaged.status(), damaged.out() + damaged.err());
        assertTrue(damaged.err().startsWith("charter: " + ledger + " is damaged: "), damaged.err());
        assertTrue(damaged.err().contains("(charter ledger verify tells more)"), damaged.err());
    }

    /** {@code charter eval} of the example requests with the signed {@code bundle}, recorded in {@code ledger}. */
    private static CliRun evalBundle(String bundle, String trust, String ledger, String key, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "eval",
                "--bundle",
                bundle,
                "--trust",
                trust,
                "--requests",
                REQUESTS,
                "--ledger",
                ledger,
                "--key",
                key));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }
}
