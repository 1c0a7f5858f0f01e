package dev.charter.guard.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.guard.ToolGuard;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.IllegalConfigurationException;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharterToolsTest {

    private static final ToolGuard GUARD = ToolGuard.unrecorded(GuardedLedger.engine(), GuardedLedger.OPTIONS);

    @Test
    void aGuardWithoutAnAgentIsAConfigurationError() {
        IllegalStateException none = assertThrows(
                IllegalStateException.class, () -> CharterTools.builder(GUARD).build());
        assertEquals("CharterTools needs the agent its tool calls are made for", none.getMessage());
        assertThrows(
                IllegalStateException.class,
                () -> CharterTools.builder(GUARD).agent(" ").build());
    }

    @Test
    void theMcpToolWrapperDecoratesTheExecutorItIsGiven() {
        ToolExecutor mcp = (request, memoryId) -> "ran";
        CharterTools charter = CharterTools.builder(GUARD).agent("a").build();

        CharterToolExecutor wrapped = assertInstanceOf(
                CharterToolExecutor.class, charter.toolWrapper().apply(mcp));

        assertSame(mcp, wrapped.delegate());
    }

    @Test
    void anObjectWithoutToolMethodsIsRefusedAsLangChain4jRefusesIt() {
        CharterTools charter = CharterTools.builder(GUARD).agent("a").build();
        assertThrows(IllegalConfigurationException.class, () -> charter.tools(new Object()));
    }

    @Test
    void withoutALedgerAnEscalatedCallIsRefusedAndNeverRuns() {
        List<String> ran = new ArrayList<>();
        CharterToolExecutor executor = CharterTools.builder(GUARD)
                .agent("a")
                .build()
                .executor((request, memoryId) -> {
                    ran.add(request.name());
                    return "sent";
                });

        ToolExecutionResult result = executor.executeWithContext(
                ScriptedChatModel.call("c1", "send_payment", "{\"amount\":250,\"to\":\"ACME\"}"),
                InvocationContext.builder().chatMemoryId("m").build());

        assertEquals(List.of(), ran);
        assertTrue(result.isError());
        assertTrue(
                result.resultText()
                        .startsWith("NOT EXECUTED: send_payment was refused by Charter (escalate "
                                + "escalation_unavailable, rule 'large_payments')"),
                result.resultText());
    }

    @Test
    void withoutALedgerAPermittedCallRunsAndReturnsTheToolsResult() {
        List<String> ran = new ArrayList<>();
        CharterToolExecutor executor = CharterTools.builder(GUARD)
                .agent("a")
                .build()
                .executor((request, memoryId) -> {
                    ran.add(request.name());
                    return "contents";
                });

        ToolExecutionResult result = executor.executeWithContext(
                ScriptedChatModel.call("c1", "read_file", "{\"path\":\"/data/public/a.txt\"}"),
                InvocationContext.builder().chatMemoryId("m").build());

        assertEquals(List.of("read_file"), ran);
        assertEquals("contents", result.resultText());
    }
}
