package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The optional session member: read, written in its canonical place, kept, and never a decision's input. */
class RequestSessionTest {

    private static final String PAYMENT = "{\"agent\":\"lending-agent-v2\",\"action\":\"initiate_payment\","
            + "\"request\":{\"amount\":\"500\",\"destination\":\"acct-9\"},\"context\":{\"identity_verified\":true,"
            + "\"account_status\":\"active\",\"market_halted\":false},\"time\":\"2026-04-14T11:42:09Z\"";

    @Test
    void aSessionIsWrittenBetweenRequestAndTimeAndReadBack() {
        Request request = Request.parse(PAYMENT + ",\"session\":\"s-42\"}");
        assertEquals("s-42", request.session());
        String canonical = request.toJson();
        assertEquals(true, canonical.contains("},\"session\":\"s-42\",\"time\":\"2026-04-14T11:42:09Z\"}"), canonical);
        assertEquals(request, Request.parse(canonical));
        assertEquals("s-42", request.explained().session());
    }

    @Test
    void aMissingOrNullSessionIsNoSessionAndIsNotWritten() {
        Request none = Request.parse(PAYMENT + "}");
        assertNull(none.session());
        assertEquals(none, Request.parse(PAYMENT + ",\"session\":null}"));
        assertEquals(false, none.toJson().contains("session"));
    }

    @Test
    void aSessionThatIsNotAStringIsMalformed() {
        RequestFormatException e =
                assertThrows(RequestFormatException.class, () -> Request.parse(PAYMENT + ",\"session\":7}"));
        assertEquals(ReasonCode.MALFORMED_REQUEST, e.reasonCode());
        assertEquals("\"session\" is a string", e.getMessage());
    }

    @Test
    void theSessionChangesTheRequestButNotTheDecision() {
        Engine engine = FintechProgram.engine();
        Request a =
                FintechProgram.payment("lending-agent-v2", "500").session("a").build();
        Request b =
                FintechProgram.payment("lending-agent-v2", "500").session("b").build();
        assertNotEquals(a, b);
        assertEquals(engine.decide(a).toJson(), engine.decide(b).toJson());
    }

    @Test
    void aSessionWithALoneSurrogateIsRefused() {
        RequestFormatException e = assertThrows(
                RequestFormatException.class,
                () -> FintechProgram.payment("lending-agent-v2", "500")
                        .session("x\ud800")
                        .build());
        assertEquals(ReasonCode.MALFORMED_REQUEST, e.reasonCode());
    }
}
