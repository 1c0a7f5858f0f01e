package dev.charter.guard.springai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.guard.GuardOptions;
import dev.charter.guard.ToolGuard;
import dev.charter.runtime.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;

/** The guarded callback on its own, with a guard that records nothing. */
class CharterToolCallbackTest {

    private static final ToolGuard GUARD = ToolGuard.unrecorded(SupportConstitution.engine(), GuardOptions.defaults());
    private static final CharterTools TOOLS = CharterTools.guardedBy(GUARD).withAgent("support-bot");

    private final CountingTool weather = new CountingTool("get_weather");

    @Test
    void aPermittedCallRunsTheToolWithItsInputAndReturnsItsResult() {
        String result = TOOLS.guard(weather).call("{\"city\":\"Rome\"}");

        assertEquals("done: {\"city\":\"Rome\"}", result);
        assertEquals(List.of("{\"city\":\"Rome\"}"), weather.inputs());
    }

    @Test
    void theGuardedToolShowsTheModelTheDelegatesDefinitionAndMetadata() {
        ToolCallback guarded = TOOLS.guard(weather);

        assertSame(weather.getToolDefinition(), guarded.getToolDefinition());
        assertTrue(guarded.getToolMetadata().returnDirect());
    }

    @Test
    void aCallWithNoAgentAnywhereIsRefusedWithoutRunning() {
        CharterTools noAgent = CharterTools.guardedBy(GUARD);

        String result = noAgent.guard(weather).call("{\"city\":\"Rome\"}");

        assertTrue(result.startsWith("NOT EXECUTED: get_weather"), result);
        assertTrue(result.contains(ReasonCode.MISSING_AGENT.keyword()), result);
        assertEquals(List.of(), weather.inputs());
    }

    @Test
    void theToolContextsAgentWinsOverTheConfiguredOne() {
        ToolCallback guarded = TOOLS.guard(weather);

        String refused =
                guarded.call("{\"city\":\"Rome\"}", new ToolContext(Map.of(CharterToolContext.AGENT, "intern")));
        String permitted = CharterTools.guardedBy(GUARD)
                .guard(weather)
                .call("{\"city\":\"Oslo\"}", new ToolContext(CharterToolContext.of("support-bot", "s-1")));

        assertTrue(refused.startsWith("NOT EXECUTED"), refused);
        assertEquals("done: {\"city\":\"Oslo\"}", permitted);
        assertEquals(List.of("{\"city\":\"Oslo\"}"), weather.inputs());
    }

    @Test
    void inputThatIsNotAJsonObjectIsRefusedWithoutRunning() {
        String result = TOOLS.guard(weather).call("[\"Rome\"]");

        assertTrue(result.contains(ReasonCode.MALFORMED_REQUEST.keyword()), result);
        assertEquals(List.of(), weather.inputs());
    }

    @Test
    void blankInputIsDecidedAsNoArguments() {
        String result = TOOLS.guard(weather).call("  ");

        assertTrue(result.contains(ReasonCode.MISSING_ATTRIBUTE.keyword()), result);
        assertEquals(List.of(), weather.inputs());
    }

    @Test
    void anEscalationIsRefusedWhenNothingIsRecordedForAReviewer() {
        CountingTool refund = new CountingTool("refund");

        String result = TOOLS.guard(refund).call("{\"order\":\"o-1\",\"amount\":5000}");

        assertTrue(result.startsWith("NOT EXECUTED: refund"), result);
        assertTrue(result.contains("escalation_unavailable"), result);
        assertEquals(List.of(), refund.inputs());
    }

    @Test
    void aRefusalCanThrowTheExceptionTheApplicationChose() {
        CharterTools throwing = TOOLS.withOnRefusal(OnRefusal.throwing(refused ->
                new IllegalStateException("refused: " + refused.reasonCode().keyword())));

        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> throwing.guard(new CountingTool("delete_account")).call("{}"));

        assertEquals("refused: unknown_action", thrown.getMessage());
    }

    @Test
    void aToolGuardedTwiceIsDecidedOnce() {
        ToolCallback once = TOOLS.guard(weather);

        assertSame(once, TOOLS.guard(once));
        assertSame(once, TOOLS.withAgent("other").guard(once));
    }

    @Test
    void aGuardedProviderGuardsTheToolsItHasWhenAsked() {
        List<ToolCallback> current = new ArrayList<>(List.of(weather));
        ToolCallbackProvider provider = () -> current.toArray(ToolCallback[]::new);
        ToolCallbackProvider guarded = TOOLS.guard(provider);
        CountingTool mail = new CountingTool("send_email");

        current.add(mail);
        ToolCallback[] tools = guarded.getToolCallbacks();

        assertEquals(2, tools.length);
        assertTrue(tools[1] instanceof CharterToolCallback);
        String refused = tools[1].call("{\"to\":\"x@elsewhere.org\",\"body\":\"hi\"}");
        assertTrue(refused.startsWith("NOT EXECUTED: send_email"), refused);
        assertEquals(List.of(), mail.inputs());
        assertSame(guarded, TOOLS.guard(guarded));
    }
}
