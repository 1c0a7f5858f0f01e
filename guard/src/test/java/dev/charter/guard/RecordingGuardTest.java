package dev.charter.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ledger.LedgerContents;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording guard records every call before its verdict is given. */
class RecordingGuardTest {

    @TempDir
    Path dir;

    @Test
    void permittedDeniedAndMalformedCallsAreAllRecorded() throws Exception {
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            Verdict.Proceed proceed = assertInstanceOf(Verdict.Proceed.class, guard.check(GuardFixture.read("/tmp/a")));
            assertEquals(0, proceed.decision().seq());
            Verdict.Refused denied =
                    assertInstanceOf(Verdict.Refused.class, guard.check(GuardFixture.delete("/tmp/a")));
            assertEquals(1, denied.decision().seq());
            Verdict.Refused malformed = assertInstanceOf(
                    Verdict.Refused.class, guard.check(new ToolCall("read_file", "[1]", "agent-7", "s-1")));
            assertEquals(ReasonCode.MALFORMED_REQUEST, malformed.reasonCode());
            assertEquals(2, malformed.decision().seq());
        }
        LedgerContents contents = LedgerReader.read(dir);
        assertEquals(3, contents.records().size());
        String first = contents.records().get(0).body();
        assertTrue(first.contains("\"session\":\"s-1\""), first);
        assertTrue(first.contains("\"time\":\"2026-12-04T15:00:00Z\""), first);
        assertTrue(contents.records().get(2).body().contains("malformed_request"));
    }
}
