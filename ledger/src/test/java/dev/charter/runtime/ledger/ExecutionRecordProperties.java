package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever an execution says (any detail text, lone surrogates, escapes and long runs included),
 * the reader reads back exactly what the writer was given, and the ledger verifies.
 */
class ExecutionRecordProperties {

    private static Path dir;
    private static Ledger ledger;
    private static final List<Execution> WRITTEN = new ArrayList<>();

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("execution-properties");
        ledger = Ledger.open(dir, TestLedgers.KEY, TestLedgers.small(SigningMode.BATCHED));
    }

    @AfterContainer
    static void readBackAndVerify() throws Exception {
        ledger.close();
        try {
            LedgerContents contents = LedgerReader.read(dir);
            assertEquals(WRITTEN.size(), contents.executions().size());
            for (Execution written : WRITTEN) {
                assertEquals(written, contents.execution(written.decisionSeq()).orElseThrow());
            }
            assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> details() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings()
                        .withChars('\ud800', '\udc00', '\u0000', '\u001f', '"', '\\', '\u2028', 'é')
                        .ofMaxLength(20),
                Arbitraries.strings().withChars('\\', '"').ofLength(Ledger.MAX_EXECUTION_DETAIL));
    }

    @Property(tries = 150)
    void anExecutionReadsBackAsWritten(@ForAll boolean success, @ForAll byte[] result, @ForAll("details") String detail)
            throws Exception {
        long decision = ledger.appendDecision(TestRecords.decisionBody(WRITTEN.size() * 2L, "permit"), false)
                .get()
                .seq();
        String digest = "sha256:"
                + HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(result));
        LedgerRecord record = ledger.recordExecution(decision, success, digest, detail);
        String recordedAt = RecordBodies.readExecution(new RecordParser()
                        .parse(
                                record.json().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                0,
                                record.json().getBytes(java.nio.charset.StandardCharsets.UTF_8).length))
                .execution()
                .recordedAt();
        WRITTEN.add(new Execution(decision, record.seq(), success, digest, detail, recordedAt));
    }
}
