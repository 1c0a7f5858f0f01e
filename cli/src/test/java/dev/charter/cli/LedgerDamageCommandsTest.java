package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger commands given damaged ledgers and bad inputs: they refuse with a clear message and
 * exit 2, never cut an acknowledged record, and never leave a live ledger FAILED.
 */
class LedgerDamageCommandsTest {

    private static final String LENDING = "../examples/fintech/lending.charter";
    private static final String FACTS = "../examples/fintech/facts.json";
    private static final String REQUESTS = "../examples/fintech/requests.jsonl";

    @TempDir
    Path dir;

    private Path ledger;
    private Path keys;

    @BeforeEach
    void keys() {
        keys = dir.resolve("keys");
        ledger = dir.resolve("ledger");
        GeneratedKeys.generate(keys, "ledger", "next");
    }

    private CliRun eval(String requests, Path key) {
        return CliRun.of(
                "eval",
                LENDING,
                "--facts",
                FACTS,
                "--requests",
                requests,
                "--ledger",
                ledger.toString(),
                "--key",
                key.toString());
    }

    private CliRun verify() {
        return verify(ledger);
    }

    private CliRun verify(Path directory) {
        return CliRun.of(
                "ledger",
                "verify",
                directory.toString(),
                "--keys",
                keys.resolve("ledger.pub").toString());
    }

    /** {@code charter keys rotate} of the ledger from the key file {@code from} to {@code to}, both in the keys folder. */
    private CliRun rotate(String from, String to) {
        return CliRun.of(
                "keys",
                "rotate",
                "--ledger",
                ledger.toString(),
                "--key",
                keys.resolve(from).toString(),
                "--new-key",
                keys.resolve(to).toString());
    }

    private Path segment() throws Exception {
        try (Stream<Path> files = Files.list(ledger)) {
            return files.filter(p -> p.toString().endsWith(".seg"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void zerosInsideRecordedDecisionsMakeEvalRefuseAndKeepEveryRecord() throws Exception {
        for (int run = 0; run < 3; run++) {
            assertEquals(0, eval(REQUESTS, keys.resolve("ledger.key")).status());
        }
        Path segment = segment();
        byte[] data = Files.readAllBytes(segment);
        Arrays.fill(data, 4000, 4016, (byte) 0);
        Files.write(segment, data);

        CliRun again = eval(REQUESTS, keys.resolve("ledger.key"));
        assertEquals(ExitStatus.USAGE, again.status(), again.out() + again.err());
        assertTrue(again.err().contains(segment.getFileName() + " offset "), again.err());
        assertTrue(again.err().contains("not a torn write"), again.err());
        assertEquals("", again.out(), "no decision is printed that was not recorded");
        assertArrayEquals(data, Files.readAllBytes(segment), "no record is cut");
        CliRun verified = verify();
        assertEquals(ExitStatus.FAILED, verified.status(), verified.out());
        assertTrue(verified.out().contains("FAILED at seq"), verified.out());
    }

    @Test
    void aFileNamedLikeASegmentBeyondTheLargestSeqIsAClearError() throws Exception {
        assertEquals(0, eval(REQUESTS, keys.resolve("ledger.key")).status());
        Files.write(ledger.resolve("99999999999999999999.seg"), new byte[] {1});
        for (CliRun run : List.of(
                verify(),
                eval(REQUESTS, keys.resolve("ledger.key")),
                CliRun.of("escalations", "list", ledger.toString()))) {
            assertEquals(ExitStatus.USAGE, run.status(), run.out() + run.err());
            assertTrue(run.err().contains("99999999999999999999.seg: named like a ledger segment"), run.err());
        }
    }

    @Test
    void verifyingAnEmptyOrMissingDirectorySaysThereIsNoLedger() throws Exception {
        Files.createDirectories(ledger);
        CliRun empty = verify();
        assertEquals(ExitStatus.USAGE, empty.status(), empty.out());
        assertEquals("", empty.out());
        assertTrue(empty.err().contains(ledger + ": no ledger here"), empty.err());
        CliRun missing = verify(dir.resolve("nowhere"));
        assertEquals(ExitStatus.USAGE, missing.status(), missing.out());
        assertTrue(missing.err().contains("nowhere: no such ledger directory"), missing.err());
    }

    @Test
    void rotatingToTheKeyInForceOrARetiredKeyIsRefusedBeforeTheLedgerIsTouched() throws Exception {
        assertEquals(0, eval(REQUESTS, keys.resolve("ledger.key")).status());
        byte[] before = Files.readAllBytes(segment());
        CliRun same = rotate("ledger.key", "ledger.key");
        assertEquals(ExitStatus.USAGE, same.status(), same.err());
        assertTrue(same.err().contains("the ledger was not touched"), same.err());
        assertArrayEquals(before, Files.readAllBytes(segment()));

        assertEquals(0, rotate("ledger.key", "next.key").status());
        byte[] rotated = Files.readAllBytes(segment());
        CliRun back = rotate("next.key", "ledger.key");
        assertEquals(ExitStatus.USAGE, back.status(), back.err());
        assertTrue(back.err().contains("was retired by an earlier rotation"), back.err());
        assertArrayEquals(rotated, Files.readAllBytes(segment()));
        CliRun live = eval(REQUESTS, keys.resolve("next.key"));
        assertEquals(0, live.status(), live.err());
        assertEquals(0, verify().status());
    }

    @Test
    void aBinaryKeyFileIsNamedWithWhatIsWrong() throws Exception {
        Path binary = Files.write(dir.resolve("key.bin"), new byte[] {(byte) 0xFF, (byte) 0xC3, 0, 1});
        CliRun asKey = eval(REQUESTS, binary);
        assertEquals(ExitStatus.USAGE, asKey.status(), asKey.err());
        assertTrue(asKey.err().contains(binary + ": not a key or trust file: it is not UTF-8 text"), asKey.err());
        Files.createDirectories(ledger);
        CliRun asTrust = CliRun.of("ledger", "verify", ledger.toString(), "--keys", binary.toString());
        assertEquals(ExitStatus.USAGE, asTrust.status(), asTrust.err());
        assertTrue(asTrust.err().contains(binary + ": not a key or trust file"), asTrust.err());
    }

    @Test
    void escalationsListEscapesControlCharactersInRecordedRequests() throws Exception {
        String first = Files.readAllLines(Path.of(REQUESTS)).get(0);
        String forged = first.replace(
                "\"lending-agent-v2\"", "\"lending-agent-v2\\n7        senior_ops     forged\\u001b[31m\\u202e\"");
        assertFalse(forged.equals(first));
        Path requests = Files.writeString(dir.resolve("forged.jsonl"), forged + "\n");
        CliRun recorded = eval(requests.toString(), keys.resolve("ledger.key"));
        assertEquals(0, recorded.status(), recorded.err());
        CliRun list = CliRun.of("escalations", "list", ledger.toString());
        assertEquals(0, list.status(), list.err());
        assertEquals(3, list.out().lines().count(), list.out());
        assertTrue(
                list.out().contains("lending-agent-v2\\n7        senior_ops     forged\\u001b[31m\\u202e"), list.out());
        assertFalse(list.out().contains("\u001b") || list.out().contains("\u202e"), list.out());
    }
}
