package dev.charter.gateway;

import dev.charter.guard.ActionNaming;
import dev.charter.guard.EscalationWait;
import dev.charter.guard.GuardOptions;
import dev.charter.guard.ToolCall;
import dev.charter.guard.ToolCallMapper;
import dev.charter.guard.ToolGuard;
import dev.charter.guard.ToolOutcome;
import dev.charter.guard.Verdict;
import dev.charter.runtime.Decision;
import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.server.Deployment;
import dev.charter.server.Deployments;
import dev.charter.server.EscalationService;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/**
 * {@code tools/call} through the gateway. Each call is decided by the deployment in force and
 * recorded before anything runs ({@link ToolGuard}); then:
 *
 * <ul>
 *   <li><b>Proceed</b> (PERMIT, or an escalation a reviewer approved): the upstream tool is called
 *       once, and its outcome is recorded as the decision's execution record: durably before the
 *       result goes back ({@code durable_first}, the default), or appended when the upstream answers
 *       and made durable by the ledger's next group commit while the result goes back
 *       ({@code answer_first}). An upstream that fails, crashes or does not answer within its
 *       {@code call_timeout} is an error result and a failed execution — never retried.
 *   <li><b>Refused</b>: nothing runs; the client gets an error result whose text is the refusal
 *       the model reads and whose {@code _meta} holds {@code "dev.charter/decision": {effect, reason_code,
 *       rule, seq}} (not {@code structuredContent}: a client checks that against the tool's output
 *       schema, error results included, and the TypeScript SDK's client rejects the whole result).
 *   <li><b>Escalated</b>: the call waits until the escalation is resolved — by a reviewer on the
 *       review page or the API, or timed out by the server's per-route timeouts — and is then a
 *       Proceed or a Refused.
 * </ul>
 *
 * The call's MCP session id is the request's {@code session}. Thread-safe.
 */
final class ToolCalls {

    /**
     * The guard's own escalation timeout is not used: the server's escalation service times
     * escalations out per route. Set past any timeout a config can give.
     */
    private static final Duration UNUSED_GUARD_TIMEOUT = Duration.ofDays(3650);

    /**
     * With {@code answer_first}, how long an execution record may wait for another record's group
     * commit to share (the next call's decision, usually) before it is committed on its own: the
     * longest a crash can find it queued, besides the commit itself.
     */
    static final Duration ANSWER_FIRST_COMMIT = Duration.ofMillis(5);

    private final ToolCatalog catalog;
    private final Deployments deployments;
    private final EscalationService escalations;
    private final Ledger ledger;
    private final Clock clock;
    private final McpJsonMapper json;
    private final PrintStream log;
    private final GatewayConfig.ExecutionRecords executionRecords;

    ToolCalls(
            ToolCatalog catalog,
            Deployments deployments,
            EscalationService escalations,
            Ledger ledger,
            Clock clock,
            McpJsonMapper json,
            PrintStream log,
            GatewayConfig.ExecutionRecords executionRecords) {
        this.catalog = catalog;
        this.deployments = deployments;
        this.escalations = escalations;
        this.ledger = ledger;
        this.clock = clock;
        this.json = json;
        this.log = log;
        this.executionRecords = executionRecords;
    }

    /** Decides, runs when it may, records; never fails (every failure is an error result). */
    Mono<McpSchema.CallToolResult> call(String agent, String session, McpSchema.CallToolRequest request) {
        Map<String, Object> arguments = request.arguments() == null ? Map.of() : request.arguments();
        ToolCall call = new ToolCall(request.name(), argumentsJson(arguments), agent, session);
        Deployment deployment = deployments.current();
        // One instant for the call, so that the request the guard records and the one the escalation
        // service is told about are the same request.
        GuardOptions options = new GuardOptions(
                ActionNaming.identity(), Clock.fixed(clock.instant(), ZoneOffset.UTC), UNUSED_GUARD_TIMEOUT);
        ToolGuard guard =
                ToolGuard.recording(deployment.recorder(), options, escalationWait(call, options, deployment));
        return Mono.fromFuture(guard.checkAsync(call))
                .flatMap(verdict -> verdict instanceof Verdict.Proceed proceed
                        ? run(guard, call, arguments, proceed)
                        : Mono.just(refused(call, (Verdict.Refused) verdict)))
                .onErrorResume(failure -> Mono.just(internalFailure(call, failure)));
    }

    /**
     * Waits on the server's escalation service: the escalation is listed for reviewers (the review
     * page, {@code GET /v1/escalations}) with its request and decision — decided again here from
     * the same request by the same deployment, which gives the recorded decision — and the answer
     * is the ledger's resolution, which a reviewer or the server's timeout sweep records.
     */
    private EscalationWait escalationWait(ToolCall call, GuardOptions options, Deployment deployment) {
        return seq -> {
            String requestJson = ToolCallMapper.map(call, options).requestJson();
            Decision decision = deployment.recorder().engine().decideJson(requestJson);
            escalations.opened(seq, decision.toJson(), requestJson);
            log.println(String.format(
                    "charter gateway: %s %s escalated to %s (seq %d): waiting for a reviewer",
                    call.agent(), call.tool(), decision.route(), seq));
            return ledger.resolution(seq);
        };
    }

    private Mono<McpSchema.CallToolResult> run(
            ToolGuard guard, ToolCall call, Map<String, Object> arguments, Verdict.Proceed proceed) {
        Optional<ToolCatalog.Entry> entry = catalog.entry(call.tool());
        Mono<Ran> ran = entry.isEmpty()
                ? Mono.just(Ran.failed(
                        "no upstream serves a tool named " + call.tool(),
                        "NOT EXECUTED: " + call.tool() + " was permitted, but no upstream server of this gateway"
                                + " has a tool of that name. Do not call it again."))
                : entry.get()
                        .upstream()
                        .call(entry.get().upstreamTool(), arguments)
                        .map(this::ran)
                        .switchIfEmpty(Mono.fromSupplier(() -> upstreamFailed(entry.get(), call, "it gave no result")))
                        .onErrorResume(e -> Mono.just(upstreamFailed(entry.get(), call, Failures.describe(e))));
        // Once the tool is started, it runs to its end and its execution is recorded even if the client
        // cancels or goes away: the ledger never holds a permit whose run was cut off unrecorded. The
        // execution record is queued in the ledger before the answer goes back, so that whatever the
        // client does next is recorded after it; with ANSWER_FIRST the answer does not wait for it to be
        // durable, and it is committed with the next record's group commit (within ANSWER_FIRST_COMMIT).
        CompletableFuture<McpSchema.CallToolResult> answered = ran.flatMap(outcome -> {
                    boolean answerFirst = executionRecords == GatewayConfig.ExecutionRecords.ANSWER_FIRST;
                    CompletableFuture<Void> recorded = guard.executedAsync(
                                    proceed, outcome.outcome(), answerFirst ? ANSWER_FIRST_COMMIT : Duration.ZERO)
                            .whenComplete((done, failure) -> logRan(call, proceed, outcome));
                    McpSchema.CallToolResult answer = outcome.result() != null
                            ? outcome.result()
                            : error(outcome.clientText(), structured(proceed.decision(), "upstream_failure", null));
                    return answerFirst
                            ? Mono.just(answer)
                            : Mono.fromFuture(recorded).thenReturn(answer);
                })
                .toFuture();
        return Mono.fromFuture(answered, true);
    }

    private void logRan(ToolCall call, Verdict.Proceed proceed, Ran outcome) {
        log.println(String.format(
                "charter gateway: %s %s %s (seq %d): %s",
                call.agent(),
                call.tool(),
                proceed.approval().isPresent() ? "approved" : "permitted",
                proceed.decision().seq(),
                outcome.outcome().success()
                        ? "ran"
                        : "failed: " + outcome.outcome().detail()));
    }

    /** What running the tool gave: the result to send (null: an error result of {@code clientText}) and its record. */
    private record Ran(McpSchema.CallToolResult result, ToolOutcome outcome, String clientText) {

        static Ran failed(String detail, String clientText) {
            return new Ran(null, ToolOutcome.failed(detail), clientText);
        }
    }

    private Ran ran(McpSchema.CallToolResult result) {
        String text = resultJson(result);
        if (Boolean.TRUE.equals(result.isError())) {
            return new Ran(
                    result,
                    new ToolOutcome(false, ToolOutcome.digest(text), "the tool answered with an error: " + text),
                    null);
        }
        return new Ran(result, ToolOutcome.succeeded(text), null);
    }

    private static Ran upstreamFailed(ToolCatalog.Entry entry, ToolCall call, String why) {
        return Ran.failed(
                "upstream " + entry.upstream().name() + " failed: " + why,
                "NOT COMPLETED: " + call.tool() + " was permitted and sent to the upstream server '"
                        + entry.upstream().name() + "', which failed: " + why
                        + ". The call was not retried and may or may not have taken effect; check before calling it"
                        + " again.");
    }

    private McpSchema.CallToolResult refused(ToolCall call, Verdict.Refused refused) {
        log.println(String.format(
                "charter gateway: %s %s refused (%s, seq %d)",
                call.agent(),
                call.tool(),
                refused.reasonCode().keyword(),
                refused.decision().seq()));
        return error(
                refused.refusal(),
                structured(refused.decision(), refused.reasonCode().keyword(), refused.rule()));
    }

    private McpSchema.CallToolResult internalFailure(ToolCall call, Throwable failure) {
        log.println(String.format(
                "charter gateway: %s %s failed in the gateway: %s",
                call.agent(), call.tool(), Failures.describe(failure)));
        return error(
                "NOT EXECUTED: " + call.tool() + " could not be decided by Charter (" + Failures.describe(failure)
                        + "), so it was not run. Do not retry it.",
                null);
    }

    private static Map<String, Object> structured(RecordedDecision decision, String reasonCode, String rule) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("effect", decision.decision().effect().keyword());
        content.put("reason_code", reasonCode);
        content.put("rule", rule);
        content.put("seq", decision.seq());
        return content;
    }

    private static McpSchema.CallToolResult error(String text, Map<String, Object> structured) {
        McpSchema.CallToolResult.Builder result =
                McpSchema.CallToolResult.builder().addTextContent(text).isError(true);
        if (structured != null) {
            result.meta(Map.of("dev.charter/decision", structured));
        }
        return result.build();
    }

    private String argumentsJson(Map<String, Object> arguments) {
        try {
            return json.writeValueAsString(arguments);
        } catch (IOException e) {
            // Not a JSON object: the guard records the call as a malformed_request DENY.
            return "(arguments that could not be written as JSON: " + e.getMessage() + ")";
        }
    }

    private String resultJson(McpSchema.CallToolResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (IOException e) {
            return String.valueOf(result);
        }
    }
}
