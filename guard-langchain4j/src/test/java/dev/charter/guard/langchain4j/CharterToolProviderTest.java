package dev.charter.guard.langchain4j;

import static dev.charter.guard.langchain4j.ScriptedChatModel.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.guard.ToolOutcome;
import dev.langchain4j.agent.tool.ReturnBehavior;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.tool.AiServiceTool;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CharterToolProvider} around a provider of plain {@link ToolExecutor}s, in a real AI service. */
class CharterToolProviderTest {

    interface Assistant {
        String chat(String message);
    }

    @TempDir
    Path dir;

    GuardedLedger ledger;
    final List<String> ran = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openLedger() {
        ledger = GuardedLedger.open(dir.resolve("ledger"));
    }

    @AfterEach
    void closeLedger() throws Exception {
        ledger.close();
    }

    private static ToolSpecification spec(String name) {
        return ToolSpecification.builder()
                .name(name)
                .description(name)
                .parameters(JsonObjectSchema.builder().addStringProperty("path").build())
                .build();
    }

    private ToolExecutor body(String name) {
        return (request, memoryId) -> {
            ran.add(name + " " + request.arguments());
            return name + " done";
        };
    }

    /** A provider with read_file (returned to the model) and delete_file (returned immediately). */
    private ToolProvider files(boolean dynamic) {
        return new ToolProvider() {
            @Override
            public ToolProviderResult provideTools(ToolProviderRequest request) {
                return ToolProviderResult.builder()
                        .add(spec("read_file"), body("read_file"))
                        .add(spec("delete_file"), body("delete_file"), ReturnBehavior.IMMEDIATE)
                        .build();
            }

            @Override
            public boolean isDynamic() {
                return dynamic;
            }
        };
    }

    @Test
    void everyToolOfTheProviderRunsOnlyWhenCharterPermitsIt() {
        ScriptedChatModel model = ScriptedChatModel.calling(
                call("c1", "read_file", "{\"path\":\"/data/public/a.txt\"}"),
                call("c2", "read_file", "{\"path\":\"/home/ann/notes.txt\"}"));
        AiServices.builder(Assistant.class)
                .chatModel(model)
                .toolProvider(ledger.charter().provider(files(false)))
                .build()
                .chat("read two files");

        assertEquals(List.of("read_file {\"path\":\"/data/public/a.txt\"}"), ran);
        assertEquals("read_file done", model.resultOf("c1").text());
        assertTrue(
                model.resultOf("c2").text().startsWith("NOT EXECUTED: read_file"),
                model.resultOf("c2").text());
        assertEquals(2, ledger.decisions().size());
    }

    @Test
    void theGuardedProviderOffersTheSameToolsWithTheirReturnBehaviourAndDynamism() {
        ToolProvider provider = files(true);
        CharterToolProvider guarded = ledger.charter().provider(provider);
        ToolProviderRequest request = new ToolProviderRequest("memory-1", UserMessage.from("hi"));

        List<AiServiceTool> original = provider.provideTools(request).aiServiceTools();
        List<AiServiceTool> tools = guarded.provideTools(request).aiServiceTools();

        assertEquals(
                original.stream().map(AiServiceTool::toolSpecification).toList(),
                tools.stream().map(AiServiceTool::toolSpecification).toList());
        assertEquals(
                List.of(ReturnBehavior.TO_LLM, ReturnBehavior.IMMEDIATE),
                tools.stream().map(AiServiceTool::returnBehavior).toList());
        for (AiServiceTool tool : tools) {
            assertInstanceOf(CharterToolExecutor.class, tool.toolExecutor());
        }
        assertTrue(guarded.isDynamic());
    }

    @Test
    void aCallerOfTheMemoryIdMethodIsGuardedLikeTheAiService() {
        CharterToolExecutor executor = ledger.charter().executor(body("delete_file"));

        String answer = executor.execute(call("c1", "delete_file", "{\"path\":\"/data/public/a.txt\"}"), "memory-9");

        assertEquals(List.of(), ran);
        assertTrue(answer.startsWith("NOT EXECUTED: delete_file was refused by Charter"), answer);
        assertEquals("memory-9", ledger.onlyDecision().at("/request/session").asText());
    }

    @Test
    void aPermittedCallThroughTheMemoryIdMethodRunsAndIsRecorded() {
        CharterToolExecutor executor = ledger.charter().executor(body("read_file"));

        String answer = executor.execute(call("c1", "read_file", "{\"path\":\"/data/public/a.txt\"}"), null);

        assertEquals("read_file done", answer);
        assertEquals(List.of("read_file {\"path\":\"/data/public/a.txt\"}"), ran);
        assertTrue(ledger.onlyDecision().at("/request/session").isMissingNode());
        assertEquals(
                ToolOutcome.digest("read_file done"),
                ledger.executions().get(ledger.decisionSeqs().get(0)).resultDigest());
    }
}
