package dev.charter.guard.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.guard.GuardOptions;
import dev.charter.guard.ToolGuard;
import dev.charter.runtime.Engine;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.Execution;
import dev.charter.runtime.ledger.LedgerContents;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.RecordKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The tools constitution of these tests, compiled from source, deciding into a ledger in a
 * temporary directory; the ledger is read back with {@link LedgerReader}, as an auditor would.
 *
 * <ul>
 *   <li>{@code read_file(path)}: permitted under {@code /data/public/}, otherwise the default DENY;
 *   <li>{@code delete_file(path)}: denied by {@code no_deletes};
 *   <li>{@code send_payment(amount, to)}: permitted up to 100, escalated to {@code finance} above;
 *   <li>{@code fs.read_file} / {@code fs.write_file}: the MCP file server's tools under the prefix
 *       {@code fs}, reads permitted under {@code /data/public/}, writes denied.
 * </ul>
 */
final class GuardedLedger implements AutoCloseable {

    static final String AGENT = "support-bot";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T15:30:00Z"), ZoneOffset.UTC);
    static final GuardOptions OPTIONS = GuardOptions.defaults().withClock(CLOCK);
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String SOURCE = """
            constitution "assistant-tools" version 1 {
              timezone "UTC"
            }

            routes { "finance" }

            action read_file { path: string }
            action delete_file { path: string }
            action send_payment { amount: int, to: string }
            action fs.read_file { path: string }
            action fs.write_file { path: string, content: string }

            rule public_reads:
              permit {read_file, fs.read_file}
              when request.path starts_with "/data/public/"
              because "files under /data/public may be read";

            rule no_deletes:
              deny delete_file
              because "the assistant never deletes files";

            rule small_payments:
              permit send_payment
              when request.amount <= 100
              because "payments up to 100 need no review";

            rule large_payments:
              escalate send_payment to "finance"
              when request.amount > 100
              because "payments over 100 are reviewed by finance";

            rule read_only_files:
              deny fs.write_file
              because "the file server is read-only for the assistant";

            default deny;
            """;

    final Path dir;
    final LedgerEngine ledger;

    private GuardedLedger(Path dir, LedgerEngine ledger) {
        this.dir = dir;
        this.ledger = ledger;
    }

    /** A fresh ledger in {@code dir} over the compiled constitution. */
    static GuardedLedger open(Path dir) {
        try {
            return new GuardedLedger(
                    dir, LedgerEngine.open(engine(), dir, SigningKey.generate(), LedgerOptions.defaults()));
        } catch (Exception e) {
            throw new IllegalStateException("the test ledger opens", e);
        }
    }

    /** The constitution's engine, without a ledger. */
    static Engine engine() {
        Compilation compilation = Compiler.compile(List.of(new SourceFile("assistant-tools.charter", SOURCE)));
        assertTrue(compilation.program().isPresent(), () -> "the constitution compiles: " + compilation.diagnostics());
        return Engine.forProgram(compilation.program().get());
    }

    /** A guard recording into this ledger, with identity naming. */
    ToolGuard guard() {
        return ToolGuard.recording(ledger, OPTIONS);
    }

    /** The guard for {@link #AGENT} with the standard session source. */
    CharterTools charter() {
        return CharterTools.builder(guard()).agent(AGENT).build();
    }

    /** The ledger's records of {@code kind}, read back from its directory. */
    List<LedgerRecord> records(RecordKind kind) {
        return contents().records().stream()
                .filter(record -> record.kind() == kind)
                .toList();
    }

    /** Everything the ledger holds, read back from its directory. */
    LedgerContents contents() {
        try {
            return LedgerReader.read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the ledger reads back", e);
        }
    }

    /** The executions recorded, by the sequence number of the decision whose tool ran. */
    Map<Long, Execution> executions() {
        return contents().executions();
    }

    /** The bodies of the decision records, in order. */
    List<JsonNode> decisions() {
        return records(RecordKind.DECISION).stream().map(GuardedLedger::body).toList();
    }

    /** The sequence numbers of the decision records, in order. */
    List<Long> decisionSeqs() {
        return records(RecordKind.DECISION).stream().map(LedgerRecord::seq).toList();
    }

    /** The one decision record, asserting there is exactly one. */
    JsonNode onlyDecision() {
        List<JsonNode> decisions = decisions();
        assertEquals(1, decisions.size(), () -> "one decision record: " + decisions);
        return decisions.get(0);
    }

    static JsonNode body(LedgerRecord record) {
        try {
            return JSON.readTree(record.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        ledger.close();
    }
}
