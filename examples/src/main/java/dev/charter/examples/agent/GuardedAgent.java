package dev.charter.examples.agent;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Request;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.runtime.ledger.Resolution;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An agent loop that asks Charter before every tool call, through a ledger-backed engine so that
 * every decision is durably recorded before the agent acts on it. The whole integration is the
 * {@code switch} in {@link #step}: permit → call the tool; escalate → wait for the person on the
 * route to resolve the escalation in the ledger (with {@code charter escalations approve} or {@code deny}, from
 * any process) and call the tool only if they approve; deny → do nothing and report Charter's
 * reason. Nothing else in the agent needs to know the rules.
 */
public final class GuardedAgent {

    private final String agentId;
    private final LedgerEngine runtime;
    private final Tools tools;
    private final Duration patience;
    private final Clock clock;
    private final PrintStream log;

    /**
     * @param patience how long to wait for a reviewer; an escalation nobody resolves in time is
     *                 not an approval, so the call is left undone
     */
    public GuardedAgent(
            String agentId, LedgerEngine runtime, Tools tools, Duration patience, Clock clock, PrintStream log) {
        this.agentId = agentId;
        this.runtime = runtime;
        this.tools = tools;
        this.patience = patience;
        this.clock = clock;
        this.log = log;
    }

    /** Runs the script in order; every call is decided and recorded, none is skipped silently. */
    public List<StepResult> run(List<ToolCall> script, Map<String, Object> context) {
        List<StepResult> results = new ArrayList<>();
        for (ToolCall call : script) {
            StepResult result = step(call, context);
            log.printf("%-24s %-22s %s%n", call.tool(), result.outcome(), result.detail());
            results.add(result);
        }
        return results;
    }

    private StepResult step(ToolCall call, Map<String, Object> context) {
        RecordedDecision recorded = runtime.record(request(call, context));
        Decision decision = recorded.decision();
        switch (decision.effect()) {
            case PERMIT:
                return new StepResult(call, StepResult.Outcome.PERFORMED, tools.perform(call));
            case ESCALATE:
                log.printf(
                        "%-24s waiting for %s to resolve escalation %d: %s%n",
                        call.tool(), decision.route(), recorded.seq(), decision.reason());
                return afterReview(call, recorded);
            case DENY:
            default:
                return new StepResult(
                        call,
                        StepResult.Outcome.DENIED,
                        decision.reason() + " [" + decision.reasonCode().keyword() + "]");
        }
    }

    private StepResult afterReview(ToolCall call, RecordedDecision escalation) {
        Resolution resolution;
        try {
            resolution = runtime.ledger().resolution(escalation.seq()).get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new StepResult(call, StepResult.Outcome.UNANSWERED, "no resolution within " + patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new StepResult(call, StepResult.Outcome.UNANSWERED, "interrupted while waiting for a reviewer");
        } catch (ExecutionException e) {
            return new StepResult(
                    call,
                    StepResult.Outcome.UNANSWERED,
                    "the escalation cannot be resolved: " + e.getCause().getMessage());
        }
        String why = resolution.reviewer() + ": " + resolution.reason();
        if (!resolution.approved()) {
            return new StepResult(call, StepResult.Outcome.REJECTED_BY_REVIEWER, why);
        }
        return new StepResult(call, StepResult.Outcome.APPROVED_AND_PERFORMED, tools.perform(call) + " (" + why + ")");
    }

    private Request request(ToolCall call, Map<String, Object> context) {
        Request.Builder builder =
                Request.builder().agent(agentId).action(call.tool()).time(clock.instant());
        call.arguments().forEach(builder::param);
        context.forEach(builder::context);
        return builder.build();
    }
}
