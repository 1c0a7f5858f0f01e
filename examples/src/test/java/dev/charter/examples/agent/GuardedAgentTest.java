package dev.charter.examples.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.Program;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardedAgentTest {

    private static final Path FINTECH = Path.of("fintech");
    private static final Map<String, Object> VERIFIED_ACTIVE =
            Map.of("identity_verified", true, "account_status", "active", "market_halted", false);

    private static Engine fintechEngine() throws IOException {
        String text = Files.readString(FINTECH.resolve("lending.charter"), StandardCharsets.UTF_8);
        Program program = Compiler.compile(List.of(new SourceFile("lending.charter", text))).program().orElseThrow();
        Engine engine = Engine.forProgram(program);
        engine.attach(FactSnapshot.parse(Files.readAllBytes(FINTECH.resolve("facts.json"))));
        return engine;
    }

    @Test
    void acts_on_permit_waits_on_escalate_and_reports_deny() throws IOException {
        PaymentRails rails = new PaymentRails(new BigDecimal("100000.00"));
        List<String> asked = new ArrayList<>();
        HumanReviewer reviewer = (request, decision) -> {
            BigDecimal amount = new BigDecimal(request.parameters().get("amount").toString());
            asked.add(decision.route() + ": " + amount.stripTrailingZeros().toPlainString());
            return amount.compareTo(new BigDecimal("15000")) == 0;
        };
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        GuardedAgent agent = new GuardedAgent("lending-agent-v2", fintechEngine(), rails, reviewer,
                Clock.fixed(Instant.parse("2026-04-14T11:42:09Z"), ZoneOffset.UTC), new PrintStream(log, true, StandardCharsets.UTF_8));

        List<StepResult> results = agent.run(List.of(
                ToolCall.of("display_account_balance"),
                ToolCall.of("initiate_payment", "amount", new BigDecimal("500.00"), "destination", "acct-9"),
                ToolCall.of("initiate_payment", "amount", new BigDecimal("15000.00"), "destination", "acct-9"),
                ToolCall.of("initiate_payment", "amount", new BigDecimal("20000.00"), "destination", "offshore"),
                ToolCall.of("modify_credit_limit", "new_limit", new BigDecimal("50000"))), VERIFIED_ACTIVE);

        assertEquals(List.of(StepResult.Outcome.PERFORMED, StepResult.Outcome.PERFORMED,
                StepResult.Outcome.APPROVED_AND_PERFORMED, StepResult.Outcome.REJECTED_BY_REVIEWER,
                StepResult.Outcome.DENIED), results.stream().map(StepResult::outcome).toList());
        assertEquals(List.of("senior_ops: 15000", "senior_ops: 20000"), asked);
        assertEquals(List.of("balance is 100000.00", "paid 500.00 to acct-9", "paid 15000.00 to acct-9"), rails.performed());
        assertEquals("requires underwriting review [rule]", results.get(4).detail());
    }

    @Test
    void an_action_the_constitution_does_not_know_is_denied_and_never_performed() throws IOException {
        PaymentRails rails = new PaymentRails(BigDecimal.TEN);
        GuardedAgent agent = new GuardedAgent("lending-agent-v2", fintechEngine(), rails, (r, d) -> true,
                Clock.systemUTC(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<StepResult> results = agent.run(List.of(ToolCall.of("delete_all_accounts")), VERIFIED_ACTIVE);
        assertEquals(StepResult.Outcome.DENIED, results.get(0).outcome());
        assertEquals(List.of(), rails.performed());
    }
}
