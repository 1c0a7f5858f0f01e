package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Engine;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.runtime.ledger.ResolutionOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code charter ledger verify --records}: after the ledger verifies, one line per record — a
 * governed tool session's decisions, the resolution of its escalation, its executions (one
 * failed), a key rotation, a default deny and a permit that no execution record names — each
 * resolution and execution naming the record it links to by seq and the start of that record's
 * leaf hash, and the permit saying it has no execution record.
 */
class LedgerVerifyRecordsTest {

    private static final String RULES = """
            constitution "files" version 1 { timezone "UTC" }
            routes { "workspace-owner" }
            action fs.read_text_file { path: string }
            action fs.write_file { path: string, content: string }
            rule public_reads: permit fs.read_text_file when request.path starts_with "/data/public/";
            rule writes_reviewed: escalate fs.write_file to "workspace-owner";
            rule no_parent_segments: deny {fs.read_text_file, fs.write_file} when request.path contains ".."
              priority 100;
            default deny;
            """;
    private static final String SESSION = "\"session\":\"5c1d7a0e-93b2-4f4e-8a61-0d2f7e9b4c11\"";
    private static final String DIGEST = "sha256:" + "5e".repeat(32);

    @TempDir
    Path dir;

    @Test
    void printsEveryVerifiedRecordWithTheRecordItLinksTo() throws Exception {
        SigningKey key = seeded(1);
        Path trust = dir.resolve("trust.txt");
        Files.writeString(trust, TrustStore.of(List.of(key.publicKey())).toText());
        Path ledgerDir = dir.resolve("ledger");
        Engine engine = Engine.forProgram(Compiler.compile(List.of(new SourceFile("files.charter", RULES)))
                .program()
                .orElseThrow());
        LedgerOptions options = LedgerOptions.defaults()
                .withOrigin("test.example/records")
                .withClock(Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
        try (LedgerEngine ledger = LedgerEngine.open(engine, ledgerDir, key, options)) {
            RecordedDecision read =
                    ledger.recordJson(request("fs.read_text_file", "{\"path\":\"/data/public/notes.txt\"}"));
            ledger.ledger().recordExecution(read.seq(), true, DIGEST, "");
            ledger.recordJson(request(
                    "fs.write_file", "{\"path\":\"/data/workspace/../public/notes.txt\",\"content\":\"overwritten\"}"));
            RecordedDecision write = ledger.recordJson(request(
                    "fs.write_file",
                    "{\"path\":\"/data/workspace/report.md\",\"content\":\"" + "# Report\\n".repeat(20) + "\"}"));
            ledger.ledger()
                    .resolve(write.seq(), ResolutionOutcome.APPROVE, "olga", "the report belongs in the workspace");
            ledger.ledger()
                    .recordExecution(write.seq(), false, DIGEST, "upstream fs failed: no answer in time (timeout)");
            ledger.ledger().rotateKey(seeded(2));
            ledger.recordJson(request("fs.read_text_file", "{\"path\":\"/etc/passwd\"}"));
            ledger.recordJson(request("fs.read_text_file", "{\"path\":\"/data/public/later.txt\"}"));
        }

        CliRun run = CliRun.of("ledger", "verify", ledgerDir.toString(), "--keys", trust.toString(), "--records");
        assertEquals(0, run.status(), run.err());
        List<LedgerRecord> records = LedgerReader.read(ledgerDir).records();
        assertTrue(run.out().contains("#1 execution  of #0 (" + leaf(records, 0) + "…)"), run.out());
        assertTrue(run.out().contains("#4 resolution of #3 (" + leaf(records, 3) + "…)"), run.out());
        assertTrue(run.out().contains("#5 execution  of #3 (" + leaf(records, 3) + "…)"), run.out());
        List<String> unexecuted = run.out()
                .lines()
                .filter(line -> line.endsWith(", no execution record"))
                .toList();
        assertEquals(1, unexecuted.size(), run.out());
        assertTrue(unexecuted.get(0).startsWith("  #8 decision"), run.out());
        Golden.assertText(
                "ledger/verify-records.txt",
                run.out()
                        .replace(ledgerDir.toString(), "LEDGER")
                        .replaceAll("[0-9a-f]{12}…", "<leaf>…")
                        .replaceAll("root \\S+", "root <root>"));
    }

    @Test
    void aLedgerThatDoesNotVerifyHasNoRecordsPrinted() throws Exception {
        SigningKey key = seeded(1);
        Path trust = dir.resolve("trust.txt");
        Files.writeString(trust, TrustStore.of(List.of(seeded(3).publicKey())).toText());
        Path ledgerDir = dir.resolve("ledger");
        Engine engine = Engine.forProgram(Compiler.compile(List.of(new SourceFile("files.charter", RULES)))
                .program()
                .orElseThrow());
        try (LedgerEngine ledger = LedgerEngine.open(engine, ledgerDir, key, LedgerOptions.defaults())) {
            ledger.recordJson(request("fs.read_text_file", "{\"path\":\"/data/public/notes.txt\"}"));
        }

        CliRun run = CliRun.of("ledger", "verify", ledgerDir.toString(), "--keys", trust.toString(), "--records");
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().contains("FAILED at seq 0"), run.out());
        assertFalse(run.out().contains("#0 decision"), run.out());
    }

    private static String request(String action, String arguments) {
        return "{\"agent\":\"files-agent\",\"action\":\"" + action + "\",\"request\":" + arguments
                + ",\"time\":\"2026-12-04T10:00:00Z\"," + SESSION + "}";
    }

    private static String leaf(List<LedgerRecord> records, int seq) {
        return records.get(seq).leafHashHex().substring(0, 12);
    }

    private static SigningKey seeded(int n) throws Exception {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) n);
        return SigningKey.fromSeed(seed);
    }
}
