package dev.charter.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ir.Effect;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The plain verdicts of a guard without a ledger. */
class ToolGuardTest {

    private final ToolGuard guard = ToolGuard.unrecorded(GuardFixture.engine(), GuardFixture.OPTIONS);

    @Test
    void aPermittedCallProceedsWithoutAnApproval() {
        Verdict verdict = guard.check(GuardFixture.read("/tmp/a"));
        Verdict.Proceed proceed = assertInstanceOf(Verdict.Proceed.class, verdict);
        assertEquals(Effect.PERMIT, proceed.decision().decision().effect());
        assertTrue(proceed.approval().isEmpty());
        assertFalse(proceed.decision().recorded());
    }

    @Test
    void aDeniedCallIsRefusedWithTextNamingTheRuleAndReason() {
        Verdict.Refused refused = assertInstanceOf(Verdict.Refused.class, guard.check(GuardFixture.delete("/tmp/a")));
        assertEquals(ReasonCode.RULE, refused.reasonCode());
        assertEquals("never_delete", refused.rule());
        assertEquals("files are never deleted", refused.reason());
        assertTrue(
                refused.refusal()
                        .startsWith("NOT EXECUTED: delete_file was refused by Charter (deny rule, rule 'never_delete'):"
                                + " files are never deleted. Do not retry this call unchanged"),
                refused.refusal());
    }

    @Test
    void argumentsThatAreNotAnObjectAreRefusedAsMalformed() {
        for (String arguments : new String[] {"[1,2]", "\"x\"", "{\"path\":", "{} {}", "{}, \"context\": {}", "nul"}) {
            Verdict.Refused refused = assertInstanceOf(
                    Verdict.Refused.class,
                    guard.check(new ToolCall("read_file", arguments, "agent-7", null)),
                    arguments);
            assertEquals(ReasonCode.MALFORMED_REQUEST, refused.reasonCode(), arguments);
            assertTrue(refused.reason().startsWith("the arguments of tool 'read_file' are"), refused.reason());
        }
    }

    @Test
    void missingArgumentsCountAsAnEmptyObject() {
        Verdict.Refused refused =
                assertInstanceOf(Verdict.Refused.class, guard.check(new ToolCall("read_file", null, "agent-7", null)));
        assertEquals(ReasonCode.MISSING_ATTRIBUTE, refused.reasonCode());
    }

    @Test
    void anEscalationWithoutALedgerIsRefusedAsUnavailable() {
        Verdict.Refused refused = assertInstanceOf(Verdict.Refused.class, guard.check(GuardFixture.write("/tmp/a")));
        assertEquals(ReasonCode.ESCALATION_UNAVAILABLE, refused.reasonCode());
        assertEquals(Effect.ESCALATE, refused.decision().decision().effect());
        assertEquals("writes_reviewed", refused.rule());
        assertTrue(refused.refusal().contains("Escalated to owner; not resolved:"), refused.refusal());
    }

    @Test
    void anUnknownToolFallsToTheDefaultDeny() {
        Verdict.Refused refused = assertInstanceOf(
                Verdict.Refused.class, guard.check(new ToolCall("format_disk", "{}", "agent-7", null)));
        assertEquals(ReasonCode.UNKNOWN_ACTION, refused.reasonCode());
        assertNull(refused.rule());
    }

    @Test
    void aNamingThatThrowsIsAnInternalErrorRefusal() {
        ToolGuard throwing = ToolGuard.unrecorded(GuardFixture.engine(), GuardFixture.OPTIONS.withNaming(tool -> {
            throw new IllegalStateException("boom");
        }));
        Verdict.Refused refused = assertInstanceOf(Verdict.Refused.class, throwing.check(GuardFixture.read("/tmp/a")));
        assertEquals(ReasonCode.INTERNAL_ERROR, refused.reasonCode());
        assertTrue(refused.reason().contains("IllegalStateException: boom"), refused.reason());
    }

    @Test
    void aNullCallIsRefusedNotThrown() throws Exception {
        Verdict verdict = guard.checkAsync(null).get(5, TimeUnit.SECONDS);
        assertEquals(
                ReasonCode.INTERNAL_ERROR,
                assertInstanceOf(Verdict.Refused.class, verdict).reasonCode());
    }

    @Test
    void prefixedNamingAsksForTheServersAction() {
        ToolGuard prefixed = ToolGuard.unrecorded(
                GuardFixture.engine(), GuardFixture.OPTIONS.withNaming(ActionNaming.prefixed("fs")));
        Verdict.Refused refused = assertInstanceOf(Verdict.Refused.class, prefixed.check(GuardFixture.read("/tmp/a")));
        assertTrue(refused.reason().contains("fs.read_file"), refused.reason());
    }
}
