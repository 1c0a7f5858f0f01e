package dev.charter.guard.springai;

import static dev.charter.guard.springai.ScriptedChatModel.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.guard.GuardOptions;
import dev.charter.guard.ToolGuard;
import dev.charter.guard.ToolOutcome;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.RecordKind;
import dev.charter.runtime.ledger.ResolutionOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.ToolResponseMessage;

/**
 * A real {@link ChatClient} over {@link ScriptedChatModel}, with Spring AI {@code @Tool} methods
 * guarded by Charter and every decision recorded in a ledger: what ran, what the model was told,
 * and what the ledger holds.
 */
class ChatClientGuardTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LedgerEngine ledger;
    private CharterTools tools;
    private final SupportTools support = new SupportTools();

    @BeforeEach
    void openLedger() throws Exception {
        ledger = LedgerEngine.open(
                SupportConstitution.engine(), dir.resolve("ledger"), SigningKey.generate(), LedgerOptions.defaults());
        tools = CharterTools.guardedBy(
                ToolGuard.recording(ledger, GuardOptions.defaults().withEscalationTimeout(Duration.ofSeconds(20))));
    }

    @AfterEach
    void closeLedger() throws Exception {
        ledger.close();
    }

    private String chat(ScriptedChatModel model, CharterTools guardedBy, String agent) {
        return ChatClient.create(model)
                .prompt("Please help the customer.")
                .toolCallbacks(guardedBy.guard(support.provider()))
                .toolContext(CharterToolContext.of(agent, "session-42"))
                .call()
                .content();
    }

    @Test
    void aPermittedToolRunsAndTheModelReadsItsResult() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.requesting(call("get_weather", "{\"city\":\"Paris\"}"));

        String answer = chat(model, tools, "support-bot");

        assertEquals(List.of("get_weather Paris"), support.ran());
        assertEquals("get_weather: \"sunny in Paris\"", answer);
        List<LedgerRecord> records = records();
        assertEquals(2, records.size(), "a decision and its execution");
        JsonNode decision = body(records.get(0));
        assertEquals("permit", decision.at("/decision/decision").asText());
        assertEquals("weather", decision.at("/decision/rule").asText());
        assertEquals("get_weather", decision.at("/request/action").asText());
        assertEquals("support-bot", decision.at("/request/agent").asText());
        assertEquals("session-42", decision.at("/request/session").asText());
        assertEquals("Paris", decision.at("/request/request/city").asText());
        assertExecution(records.get(1), records.get(0), true, ToolOutcome.digest("\"sunny in Paris\""));
    }

    @Test
    void aDeniedToolDoesNotRunAndTheModelReadsTheRefusal() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.requesting(
                call("send_email", "{\"to\":\"someone@elsewhere.org\",\"body\":\"the customer list\"}"));

        String answer = chat(model, tools, "support-bot");

        assertEquals(List.of(), support.ran(), "the tool's body never ran");
        List<ToolResponseMessage.ToolResponse> results = model.toolResults();
        assertEquals(1, results.size());
        String refusal = results.get(0).responseData();
        assertTrue(refusal.startsWith("NOT EXECUTED: send_email was refused by Charter"), refusal);
        assertTrue(refusal.contains("external_mail"), refusal);
        assertTrue(refusal.contains("mail leaves the company only through a person"), refusal);
        assertEquals("send_email: " + refusal, answer);
        List<LedgerRecord> records = records();
        assertEquals(1, records.size(), "the decision, and no execution");
        assertEquals("deny", body(records.get(0)).at("/decision/decision").asText());
        assertEquals("external_mail", body(records.get(0)).at("/decision/rule").asText());
    }

    @Test
    void inOneTurnOnlyThePermittedCallsRun() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.requesting(
                call("send_email", "{\"to\":\"desk@example.com\",\"body\":\"ticket 7\"}"),
                call("delete_account", "{\"customer\":\"c-9\"}"),
                call("refund", "{\"order\":\"o-1\",\"amount\":25}"));

        chat(model, tools, "support-bot");

        assertEquals(List.of("send_email desk@example.com", "refund o-1 25"), support.ran());
        List<ToolResponseMessage.ToolResponse> results = model.toolResults();
        assertEquals("\"sent to desk@example.com\"", results.get(0).responseData());
        assertTrue(
                results.get(1).responseData().startsWith("NOT EXECUTED: delete_account"),
                results.get(1).responseData());
        assertTrue(
                results.get(1).responseData().contains("unknown_action"),
                results.get(1).responseData());
        assertEquals("\"refunded 25 on o-1\"", results.get(2).responseData());
        assertEquals(5, records().size(), "three decisions, two executions");
    }

    @Test
    void theAgentOfTheToolContextIsTheOneDecidedFor() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.requesting(call("get_weather", "{\"city\":\"Oslo\"}"));

        String answer = chat(model, tools.withAgent("support-bot"), "intern-bot");

        assertEquals(List.of(), support.ran(), "the context's agent, not the configured one, was decided for");
        assertTrue(answer.startsWith("get_weather: NOT EXECUTED: get_weather"), answer);
        assertEquals("intern-bot", body(records().get(0)).at("/request/agent").asText());
    }

    @Test
    void aRefusalConfiguredToThrowEndsTheChatCallWithoutRunningTheTool() {
        ScriptedChatModel model = ScriptedChatModel.requesting(
                call("send_email", "{\"to\":\"someone@elsewhere.org\",\"body\":\"hello\"}"));

        ToolRefusedException thrown = assertThrows(
                ToolRefusedException.class,
                () -> chat(model, tools.withOnRefusal(OnRefusal.throwRefused()), "support-bot"));

        assertEquals(List.of(), support.ran());
        assertEquals("external_mail", thrown.refusal().rule());
        assertTrue(thrown.getMessage().startsWith("NOT EXECUTED: send_email"), thrown.getMessage());
        assertEquals(1, model.prompts().size(), "the model was not called again");
    }

    @Test
    void anEscalatedCallWaitsForTheReviewerAndRunsOnceApproved() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.requesting(call("refund", "{\"order\":\"o-2\",\"amount\":500}"));
        CompletableFuture<Void> reviewer = CompletableFuture.runAsync(() -> {
            try {
                while (ledger.ledger().openEscalations().isEmpty()) {
                    assertEquals(List.of(), support.ran(), "the tool waits for the review");
                    Thread.sleep(5);
                }
                long seq = ledger.ledger().openEscalations().get(0);
                ledger.ledger().resolve(seq, ResolutionOutcome.APPROVE, "lead", "the order was lost in the post");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        String answer = chat(model, tools, "support-bot");

        reviewer.get(20, TimeUnit.SECONDS);
        assertEquals(List.of("refund o-2 500"), support.ran());
        assertEquals("refund: \"refunded 500 on o-2\"", answer);
        List<LedgerRecord> records = records();
        assertEquals(3, records.size(), "the escalation, its approval, the execution");
        assertEquals("escalate", body(records.get(0)).at("/decision/decision").asText());
        assertEquals(RecordKind.RESOLUTION, records.get(1).kind());
        assertExecution(records.get(2), records.get(0), true, ToolOutcome.digest("\"refunded 500 on o-2\""));
    }

    @Test
    void argumentsOfTheWrongTypeAreRefusedBeforeTheToolSeesThem() throws Exception {
        ScriptedChatModel model =
                ScriptedChatModel.requesting(call("refund", "{\"order\":\"o-3\",\"amount\":\"ten\"}"));

        String answer = chat(model, tools, "support-bot");

        assertEquals(List.of(), support.ran());
        assertTrue(answer.startsWith("refund: NOT EXECUTED: refund"), answer);
        assertTrue(answer.contains("ill_typed_attribute"), answer);
        assertEquals(1, records().size());
    }

    @Test
    void aToolThatFailsIsRecordedAsFailedAndTheModelReadsTheError() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.requesting(call("get_weather", "{\"city\":\"Atlantis\"}"));

        String answer = chat(model, tools, "support-bot");

        assertEquals(List.of("get_weather Atlantis"), support.ran());
        assertTrue(answer.contains("no weather station in Atlantis"), answer);
        List<LedgerRecord> records = records();
        assertEquals(2, records.size());
        assertEquals("permit", body(records.get(0)).at("/decision/decision").asText());
        assertEquals("execution", records.get(1).kind().label());
        assertTrue(
                records.get(1).body().contains("no weather station in Atlantis"),
                records.get(1).body());
    }

    @Test
    void theAdvisorGuardsToolsTheRequestBringsItself() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.requesting(
                call("send_email", "{\"to\":\"someone@elsewhere.org\",\"body\":\"hi\"}"),
                call("get_weather", "{\"city\":\"Quito\"}"));
        ChatClient chat = ChatClient.builder(model)
                .defaultAdvisors(new CharterToolCallAdvisor(tools))
                .build();

        String answer = chat.prompt("Please help the customer.")
                .tools(support)
                .toolContext(CharterToolContext.of("support-bot", "session-7"))
                .call()
                .content();

        assertEquals(List.of("get_weather Quito"), support.ran(), "the @Tool object's refused method never ran");
        assertTrue(answer.contains("send_email: NOT EXECUTED: send_email"), answer);
        assertTrue(answer.contains("get_weather: \"sunny in Quito\""), answer);
        assertEquals(3, records().size(), "two decisions, one execution");
    }

    @Test
    void theAdvisorDoesNotGuardATwiceGuardedToolTwice() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.requesting(call("get_weather", "{\"city\":\"Bern\"}"));
        ChatClient chat = ChatClient.builder(model)
                .defaultAdvisors(new CharterToolCallAdvisor(tools))
                .build();

        chat.prompt("Weather?")
                .toolCallbacks(tools.guard(support.provider()))
                .toolContext(CharterToolContext.of("support-bot", null))
                .call()
                .content();

        assertEquals(List.of("get_weather Bern"), support.ran());
        assertEquals(2, records().size(), "one decision, one execution");
    }

    private void assertExecution(LedgerRecord execution, LedgerRecord decision, boolean success, String digest)
            throws Exception {
        assertEquals("execution", execution.kind().label());
        JsonNode body = body(execution);
        String text = body.toString();
        assertTrue(text.contains(decision.leafHashHex()), () -> "binds the decision's hash: " + text);
        assertTrue(text.contains(digest), () -> "names the result's digest: " + text);
        assertTrue(text.contains(success ? "true" : "false"), text);
    }

    private List<LedgerRecord> records() throws Exception {
        return LedgerReader.read(dir.resolve("ledger")).records();
    }

    private static JsonNode body(LedgerRecord record) throws Exception {
        return JSON.readTree(record.body());
    }
}
