package dev.charter.guard.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.invocation.InvocationParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionSourceTest {

    private static InvocationContext context(Object memoryId, Map<String, Object> parameters) {
        return InvocationContext.builder()
                .chatMemoryId(memoryId)
                .invocationParameters(InvocationParameters.from(parameters))
                .build();
    }

    @Test
    void theStandardSourcePrefersTheSessionParameterToTheMemoryId() {
        assertEquals(
                "ticket-7",
                SessionSource.standard().sessionOf(context("conversation-1", Map.of("charter.session", "ticket-7"))));
    }

    @Test
    void theStandardSourceFallsBackToTheMemoryIdAsText() {
        assertEquals("42", SessionSource.standard().sessionOf(context(42, Map.of())));
    }

    @Test
    void withoutAnInvocationThereIsNoSession() {
        assertNull(SessionSource.standard().sessionOf(null));
        assertNull(SessionSource.standard().sessionOf(context(null, Map.of())));
    }

    @Test
    void aNamedParameterIsReadAndNothingElse() {
        SessionSource tenant = SessionSource.invocationParameter("tenant");
        assertEquals("acme", tenant.sessionOf(context("conversation-1", Map.of("tenant", "acme"))));
        assertNull(tenant.sessionOf(context("conversation-1", Map.of())));
    }

    @Test
    void noneIgnoresTheMemoryId() {
        assertNull(SessionSource.none().sessionOf(context("conversation-1", Map.of("charter.session", "s"))));
    }
}
