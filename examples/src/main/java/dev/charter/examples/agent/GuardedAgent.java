package dev.charter.examples.agent;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An agent loop that asks Charter before every tool call. The whole integration is the
 * {@code switch} in {@link #step}: permit → call the tool; escalate → wait for the person on the
 * route and call the tool only if they approve; deny → do nothing and report Charter's reason.
 * Nothing else in the agent needs to know the rules.
 */
public final class GuardedAgent {

    private final String agentId;
    private final Engine engine;
    private final Tools tools;
    private final HumanReviewer reviewer;
    private final Clock clock;
    private final PrintStream log;

    public GuardedAgent(String agentId, Engine engine, Tools tools, HumanReviewer reviewer, Clock clock, PrintStream log) {
        this.agentId = agentId;
        this.engine = engine;
        this.tools = tools;
        this.reviewer = reviewer;
        this.clock = clock;
        this.log = log;
    }

    /** Runs the script in order; every call is decided, none is skipped silently. */
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
        Request request = request(call, context);
        Decision decision = engine.decide(request);
        switch (decision.effect()) {
            case PERMIT:
                return new StepResult(call, StepResult.Outcome.PERFORMED, tools.perform(call));
            case ESCALATE:
                log.printf("%-24s waiting for %s: %s%n", call.tool(), decision.route(), decision.reason());
                if (reviewer.approve(request, decision)) {
                    return new StepResult(call, StepResult.Outcome.APPROVED_AND_PERFORMED, tools.perform(call));
                }
                return new StepResult(call, StepResult.Outcome.REJECTED_BY_REVIEWER, decision.route() + " said no");
            case DENY:
            default:
                return new StepResult(call, StepResult.Outcome.DENIED,
                        decision.reason() + " [" + decision.reasonCode().keyword() + "]");
        }
    }

    private Request request(ToolCall call, Map<String, Object> context) {
        Request.Builder builder = Request.builder().agent(agentId).action(call.tool()).time(clock.instant());
        call.arguments().forEach(builder::param);
        context.forEach(builder::context);
        return builder.build();
    }
}
