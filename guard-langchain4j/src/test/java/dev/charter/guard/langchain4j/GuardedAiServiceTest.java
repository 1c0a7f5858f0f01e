package dev.charter.guard.langchain4j;

import static dev.charter.guard.langchain4j.ScriptedChatModel.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.guard.ToolOutcome;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ledger.Execution;
import dev.charter.runtime.ledger.ResolutionOutcome;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.tool.ToolErrorHandlerResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@link AiServices} of LangChain4j 1.19.0, driven by a scripted chat model, with
 * {@code @Tool} methods guarded by {@link CharterTools#tools(Object...)} and decided into a ledger.
 */
class GuardedAiServiceTest {

    interface Assistant {
        String chat(String message);
    }

    interface ConversationAssistant {
        String chat(@MemoryId String conversation, @UserMessage String message);
    }

    interface ParameterisedAssistant {
        String chat(@UserMessage String message, InvocationParameters parameters);
    }

    /** The tool bodies: each notes that it ran. */
    static final class Tools {
        final List<String> ran = new CopyOnWriteArrayList<>();

        @Tool(name = "read_file", value = "Reads a file")
        String readFile(@P("the file's path") String path) {
            ran.add("read_file " + path);
            return "contents of " + path;
        }

        @Tool(name = "delete_file", value = "Deletes a file")
        String deleteFile(@P("the file's path") String path) {
            ran.add("delete_file " + path);
            return "deleted " + path;
        }

        @Tool(name = "send_payment", value = "Sends a payment")
        String sendPayment(@P("amount") int amount, @P("payee") String to) {
            ran.add("send_payment " + amount + " " + to);
            if (to.equals("closed-account")) {
                throw new IllegalStateException("the account of closed-account is closed");
            }
            return "sent " + amount + " to " + to;
        }
    }

    @TempDir
    Path dir;

    GuardedLedger ledger;
    Tools tools = new Tools();

    @BeforeEach
    void openLedger() {
        ledger = GuardedLedger.open(dir.resolve("ledger"));
    }

    @AfterEach
    void closeLedger() throws Exception {
        ledger.close();
    }

    private Assistant assistant(ScriptedChatModel model, CharterTools charter) {
        return AiServices.builder(Assistant.class)
                .chatModel(model)
                .tools(charter.tools(tools))
                .build();
    }

    @Test
    void aPermittedCallRunsTheToolAndTheModelReadsItsResult() {
        ScriptedChatModel model =
                ScriptedChatModel.calling(call("c1", "read_file", "{\"path\":\"/data/public/a.txt\"}"));

        String answer = assistant(model, ledger.charter()).chat("read a.txt");

        assertEquals(List.of("read_file /data/public/a.txt"), tools.ran);
        ToolExecutionResultMessage result = model.resultOf("c1");
        assertEquals("contents of /data/public/a.txt", result.text());
        assertFalse(Boolean.TRUE.equals(result.isError()));
        assertEquals("read_file -> contents of /data/public/a.txt", answer);
        assertEquals(
                List.of("read_file", "delete_file", "send_payment").stream()
                        .sorted()
                        .toList(),
                model.toolsOffered().stream().sorted().toList());
    }

    @Test
    void aDeniedCallNeverRunsTheToolAndTheModelReadsTheRefusal() {
        ScriptedChatModel model =
                ScriptedChatModel.calling(call("c1", "delete_file", "{\"path\":\"/data/public/a.txt\"}"));

        assistant(model, ledger.charter()).chat("delete a.txt");

        assertEquals(List.of(), tools.ran);
        ToolExecutionResultMessage result = model.resultOf("c1");
        assertEquals(Boolean.TRUE, result.isError());
        assertTrue(
                result.text()
                        .startsWith("NOT EXECUTED: delete_file was refused by Charter (deny rule, rule 'no_deletes'): "
                                + "the assistant never deletes files."),
                result.text());
        assertTrue(result.text().contains("Do not retry this call unchanged"), result.text());
    }

    @Test
    void everyCallIsRecordedAsTheRequestCharterDecided() {
        ScriptedChatModel model = ScriptedChatModel.calling(
                call("c1", "read_file", "{\"path\":\"/data/public/a.txt\"}"),
                call("c2", "delete_file", "{\"path\":\"/data/public/a.txt\"}"),
                call("c3", "read_file", "{\"path\":\"/etc/passwd\"}"));

        assistant(model, ledger.charter()).chat("three calls");

        assertEquals(List.of("read_file /data/public/a.txt"), tools.ran);
        List<JsonNode> decisions = ledger.decisions();
        assertEquals(3, decisions.size(), decisions::toString);
        JsonNode first = decisions.get(0);
        assertEquals("support-bot", first.at("/request/agent").asText());
        assertEquals("read_file", first.at("/request/action").asText());
        assertEquals("/data/public/a.txt", first.at("/request/request/path").asText());
        assertEquals("2026-12-04T15:30:00Z", first.at("/request/time").asText());
        assertEquals("permit", first.at("/decision/decision").asText());
        assertEquals("deny", decisions.get(1).at("/decision/decision").asText());
        assertEquals("no_deletes", decisions.get(1).at("/decision/rule").asText());
        assertEquals("deny", decisions.get(2).at("/decision/decision").asText());
        assertTrue(
                model.resultOf("c3").text().startsWith("NOT EXECUTED: read_file"),
                model.resultOf("c3").text());
    }

    @Test
    void onlyTheCallThatRanHasAnExecutionRecordWithTheDigestOfItsResult() {
        ScriptedChatModel model = ScriptedChatModel.calling(
                call("c1", "read_file", "{\"path\":\"/data/public/a.txt\"}"),
                call("c2", "delete_file", "{\"path\":\"/data/public/a.txt\"}"));

        assistant(model, ledger.charter()).chat("two calls");

        long permitted = ledger.decisionSeqs().get(0);
        Map<Long, Execution> executions = ledger.executions();
        assertEquals(Set.of(permitted), executions.keySet());
        Execution execution = executions.get(permitted);
        assertTrue(execution.success());
        assertEquals(ToolOutcome.digest("contents of /data/public/a.txt"), execution.resultDigest());
    }

    @Test
    void aToolThatThrowsIsRecordedAsAFailedExecutionAndTheModelReadsTheError() {
        ScriptedChatModel model =
                ScriptedChatModel.calling(call("c1", "send_payment", "{\"amount\":40,\"to\":\"closed-account\"}"));

        assistant(model, ledger.charter()).chat("pay 40");

        assertEquals(List.of("send_payment 40 closed-account"), tools.ran);
        ToolExecutionResultMessage result = model.resultOf("c1");
        assertEquals(Boolean.TRUE, result.isError());
        assertEquals("the account of closed-account is closed", result.text());
        Execution execution = ledger.executions().get(ledger.decisionSeqs().get(0));
        assertFalse(execution.success());
        assertEquals("IllegalStateException: the account of closed-account is closed", execution.detail());
    }

    @Test
    void argumentsThatAreNotAJsonObjectAreRefusedWithoutRunningTheTool() {
        ScriptedChatModel model = ScriptedChatModel.calling(call("c1", "read_file", "[\"/data/public/a.txt\"]"));

        assistant(model, ledger.charter()).chat("read a.txt");

        assertEquals(List.of(), tools.ran);
        assertTrue(
                model.resultOf("c1").text().contains("malformed_request"),
                model.resultOf("c1").text());
        assertEquals(
                "malformed_request",
                ledger.onlyDecision().at("/decision/reason_code").asText());
        assertEquals(Map.of(), ledger.executions());
    }

    @Test
    void theSessionIsTheConversationsMemoryId() {
        ScriptedChatModel model =
                ScriptedChatModel.calling(call("c1", "read_file", "{\"path\":\"/data/public/a.txt\"}"));
        ConversationAssistant assistant = AiServices.builder(ConversationAssistant.class)
                .chatModel(model)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
                .tools(ledger.charter().tools(tools))
                .build();

        assistant.chat("conversation-42", "read a.txt");

        assertEquals(
                "conversation-42", ledger.onlyDecision().at("/request/session").asText());
    }

    @Test
    void anInvocationParameterNamesTheSessionBeforeTheMemoryId() {
        ScriptedChatModel model =
                ScriptedChatModel.calling(call("c1", "read_file", "{\"path\":\"/data/public/a.txt\"}"));
        ParameterisedAssistant assistant = AiServices.builder(ParameterisedAssistant.class)
                .chatModel(model)
                .tools(ledger.charter().tools(tools))
                .build();

        assistant.chat("read a.txt", InvocationParameters.from(SessionSource.SESSION_PARAMETER, "ticket-7"));

        assertEquals("ticket-7", ledger.onlyDecision().at("/request/session").asText());
    }

    @Test
    void aRefusalCanReachTheServiceAsTheConfiguredException() {
        ScriptedChatModel model =
                ScriptedChatModel.calling(call("c1", "delete_file", "{\"path\":\"/data/public/a.txt\"}"));
        AtomicReference<Throwable> handled = new AtomicReference<>();
        CharterTools charter = CharterTools.builder(ledger.guard())
                .agent(GuardedLedger.AGENT)
                .throwOnRefusal()
                .build();
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(model)
                .tools(charter.tools(tools))
                .toolExecutionErrorHandler((error, context) -> {
                    handled.set(error);
                    return ToolErrorHandlerResult.text("refused: " + error.getMessage());
                })
                .build();

        assistant.chat("delete a.txt");

        assertEquals(List.of(), tools.ran);
        ToolCallRefusedException refused = assertInstanceOf(ToolCallRefusedException.class, handled.get());
        assertEquals(ReasonCode.RULE, refused.refusal().reasonCode());
        assertEquals("no_deletes", refused.refusal().rule());
        assertEquals(
                "refused: " + refused.refusal().refusal(), model.resultOf("c1").text());
    }

    @Test
    void anEscalatedCallWaitsForTheReviewerAndRunsOnlyOnceApproved() throws Exception {
        ScriptedChatModel model =
                ScriptedChatModel.calling(call("c1", "send_payment", "{\"amount\":250,\"to\":\"ACME\"}"));
        Thread reviewer = reviewer(ResolutionOutcome.APPROVE, "invoice 17 checked");

        assistant(model, ledger.charter()).chat("pay ACME 250");
        reviewer.join(Duration.ofSeconds(30).toMillis());

        assertEquals(List.of("send_payment 250 ACME"), tools.ran);
        assertEquals("sent 250 to ACME", model.resultOf("c1").text());
        assertEquals("escalate", ledger.onlyDecision().at("/decision/decision").asText());
        Execution execution = ledger.executions().get(ledger.decisionSeqs().get(0));
        assertTrue(execution.success());
        assertEquals(ToolOutcome.digest("sent 250 to ACME"), execution.resultDigest());
    }

    @Test
    void anEscalationTheReviewerDeniesIsRefusedWithTheReviewersReason() throws Exception {
        ScriptedChatModel model =
                ScriptedChatModel.calling(call("c1", "send_payment", "{\"amount\":250,\"to\":\"ACME\"}"));
        Thread reviewer = reviewer(ResolutionOutcome.DENY, "no invoice for this");

        assistant(model, ledger.charter()).chat("pay ACME 250");
        reviewer.join(Duration.ofSeconds(30).toMillis());

        assertEquals(List.of(), tools.ran);
        String refusal = model.resultOf("c1").text();
        assertTrue(refusal.startsWith("NOT EXECUTED: send_payment was refused by Charter"), refusal);
        assertTrue(refusal.contains("Escalated to finance; denied by maria: no invoice for this"), refusal);
        assertEquals(Map.of(), ledger.executions());
    }

    /** A reviewer who resolves the first escalation that opens in the ledger. */
    private Thread reviewer(ResolutionOutcome outcome, String reason) {
        Thread reviewer = new Thread(() -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            try {
                while (System.nanoTime() < deadline) {
                    List<Long> open = ledger.ledger.ledger().openEscalations();
                    if (!open.isEmpty()) {
                        ledger.ledger.ledger().resolve(open.get(0), outcome, "maria", reason);
                        return;
                    }
                    Thread.sleep(5);
                }
            } catch (Exception e) {
                throw new IllegalStateException("the reviewer could not resolve the escalation", e);
            }
        });
        reviewer.setDaemon(true);
        reviewer.start();
        return reviewer;
    }
}
