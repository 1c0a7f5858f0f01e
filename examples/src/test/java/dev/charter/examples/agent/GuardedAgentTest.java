package dev.charter.examples.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.ResolutionOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardedAgentTest {

    private static final Path FINTECH = Path.of("fintech");
    private static final Map<String, Object> VERIFIED_ACTIVE =
            Map.of("identity_verified", true, "account_status", "active", "market_halted", false);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-14T11:42:09Z"), ZoneOffset.UTC);

    @TempDir
    Path ledgerDirectory;

    private LedgerEngine runtime;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void openLedgerBackedRuntime() throws IOException, LedgerException {
        String text = Files.readString(FINTECH.resolve("lending.charter"), StandardCharsets.UTF_8);
        Program program = Compiler.compile(List.of(new SourceFile("lending.charter", text)))
                .program()
                .orElseThrow();
        Engine engine = Engine.forProgram(program);
        engine.attach(FactSnapshot.parse(Files.readAllBytes(FINTECH.resolve("facts.json"))));
        runtime = LedgerEngine.open(engine, ledgerDirectory, SigningKey.generate(), LedgerOptions.defaults());
    }

    @AfterEach
    void close() throws IOException {
        runtime.close();
    }

    private GuardedAgent agent(PaymentRails rails, Duration patience) {
        return new GuardedAgent(
                "lending-agent-v2",
                runtime,
                rails,
                patience,
                CLOCK,
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    /** A person working through the escalation queue, as `charter escalations resolve` would. */
    private Thread reviewer(Ledger ledger, Deque<ResolutionOutcome> answers) {
        Thread thread = new Thread(() -> {
            while (!answers.isEmpty()) {
                for (long seq : ledger.openEscalations()) {
                    ResolutionOutcome answer = answers.poll();
                    try {
                        ledger.resolve(
                                seq,
                                answer,
                                "maria@senior-ops",
                                answer == ResolutionOutcome.APPROVE ? "invoice checked" : "unknown payee");
                    } catch (LedgerException e) {
                        throw new IllegalStateException(e);
                    }
                }
                Thread.onSpinWait();
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Test
    void acts_on_permit_waits_for_the_resolution_of_an_escalation_and_reports_deny() throws Exception {
        PaymentRails rails = new PaymentRails(new BigDecimal("100000.00"));
        Thread reviewer = reviewer(
                runtime.ledger(), new ArrayDeque<>(List.of(ResolutionOutcome.APPROVE, ResolutionOutcome.DENY)));

        List<StepResult> results = agent(rails, Duration.ofSeconds(30))
                .run(
                        List.of(
                                ToolCall.of("display_account_balance"),
                                ToolCall.of(
                                        "initiate_payment",
                                        "amount",
                                        new BigDecimal("500.00"),
                                        "destination",
                                        "acct-9"),
                                ToolCall.of(
                                        "initiate_payment",
                                        "amount",
                                        new BigDecimal("15000.00"),
                                        "destination",
                                        "acct-9"),
                                ToolCall.of(
                                        "initiate_payment",
                                        "amount",
                                        new BigDecimal("20000.00"),
                                        "destination",
                                        "offshore"),
                                ToolCall.of("modify_credit_limit", "new_limit", new BigDecimal("50000"))),
                        VERIFIED_ACTIVE);
        reviewer.join(10_000);

        assertEquals(
                List.of(
                        StepResult.Outcome.PERFORMED,
                        StepResult.Outcome.PERFORMED,
                        StepResult.Outcome.APPROVED_AND_PERFORMED,
                        StepResult.Outcome.REJECTED_BY_REVIEWER,
                        StepResult.Outcome.DENIED),
                results.stream().map(StepResult::outcome).toList());
        assertEquals(
                List.of("balance is 100000.00", "paid 500.00 to acct-9", "paid 15000.00 to acct-9"), rails.performed());
        assertEquals("maria@senior-ops: unknown payee", results.get(3).detail());
        assertEquals("requires underwriting review [rule]", results.get(4).detail());
        assertEquals(7, runtime.ledger().size(), "five decisions and two resolutions are on the ledger");
        assertTrue(
                log.toString(StandardCharsets.UTF_8).contains("waiting for senior_ops to resolve escalation"),
                log.toString());
    }

    @Test
    void an_escalation_nobody_resolves_is_not_performed() {
        PaymentRails rails = new PaymentRails(new BigDecimal("100000.00"));
        List<StepResult> results = agent(rails, Duration.ofMillis(200))
                .run(
                        List.of(ToolCall.of(
                                "initiate_payment", "amount", new BigDecimal("15000.00"), "destination", "acct-9")),
                        VERIFIED_ACTIVE);
        assertEquals(StepResult.Outcome.UNANSWERED, results.get(0).outcome());
        assertEquals(List.of(), rails.performed());
    }

    @Test
    void an_action_the_constitution_does_not_know_is_denied_and_never_performed() {
        PaymentRails rails = new PaymentRails(BigDecimal.TEN);
        List<StepResult> results =
                agent(rails, Duration.ofSeconds(1)).run(List.of(ToolCall.of("delete_all_accounts")), VERIFIED_ACTIVE);
        assertEquals(StepResult.Outcome.DENIED, results.get(0).outcome());
        assertEquals(List.of(), rails.performed());
    }
}
