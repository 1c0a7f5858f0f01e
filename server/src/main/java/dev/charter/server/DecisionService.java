package dev.charter.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.charter.runtime.Decision;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.RecordedDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /v1/decide}: one request as {@code charter eval} takes it, or
 * {@code {"requests": [...]}}. Each request is decided by the deployment in force and recorded in
 * the ledger (group commit) before the answer is given; the answer is the decision exactly as
 * {@code charter eval --format json} prints it plus the record's {@code seq}. A request naming
 * another agent than the caller is DENY {@code agent_mismatch}, recorded too. A decision that
 * could not be recorded makes the answer 503 (its DENY is in the body): never a PERMIT.
 */
public final class DecisionService {

    /** Most requests in one batch. */
    public static final int MAX_BATCH = 1000;

    /** Writes a batch's requests back as text with their numbers exactly as sent. */
    private static final ObjectMapper TEXT = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final Deployments deployments;
    private final EscalationService escalations;
    private final ServerMetrics metrics;

    public DecisionService(Deployments deployments, EscalationService escalations, ServerMetrics metrics) {
        this.deployments = deployments;
        this.escalations = escalations;
        this.metrics = metrics;
    }

    /** Decides a body already read as JSON; the future never fails. */
    public CompletableFuture<Reply> decide(Principal.Agent caller, JsonBody.Parsed body, long startedNanos) {
        JsonNode tree = body.tree();
        if (tree.isObject() && tree.size() == 1 && tree.has("requests")) {
            return batch(caller, tree.get("requests"), startedNanos);
        }
        if (!tree.isObject()) {
            return CompletableFuture.completedFuture(
                    Reply.error(400, "not_a_request", "a request is a JSON object (or {\"requests\": [...]})"));
        }
        return one(caller, body.text(), tree, startedNanos)
                .thenApply(
                        recorded -> recorded.recorded() ? Reply.ok(render(recorded)) : unrecorded(List.of(recorded)));
    }

    private CompletableFuture<Reply> batch(Principal.Agent caller, JsonNode requests, long startedNanos) {
        if (!requests.isArray() || requests.isEmpty() || requests.size() > MAX_BATCH) {
            return CompletableFuture.completedFuture(Reply.error(
                    400, "bad_batch", "\"requests\" must be an array of 1 to " + MAX_BATCH + " request objects"));
        }
        List<CompletableFuture<RecordedDecision>> pending = new ArrayList<>();
        for (JsonNode request : requests) {
            String text;
            try {
                text = request.isObject() ? TEXT.writeValueAsString(request) : request.toString();
            } catch (JsonProcessingException e) {
                text = request.toString();
            }
            pending.add(one(caller, text, request, startedNanos));
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .thenApply(done -> {
                    List<RecordedDecision> decisions =
                            pending.stream().map(CompletableFuture::join).toList();
                    if (decisions.stream().anyMatch(d -> !d.recorded())) {
                        return unrecorded(decisions);
                    }
                    StringBuilder json = new StringBuilder("{\"decisions\":[");
                    for (int i = 0; i < decisions.size(); i++) {
                        json.append(i == 0 ? "" : ",").append(render(decisions.get(i)));
                    }
                    return Reply.ok(json.append("]}").toString());
                });
    }

    private CompletableFuture<RecordedDecision> one(
            Principal.Agent caller, String text, JsonNode tree, long startedNanos) {
        LedgerEngine recorder = deployments.current().recorder();
        JsonNode agent = tree.path("agent");
        CompletableFuture<RecordedDecision> pending;
        if (agent.isTextual() && !agent.textValue().equals(caller.name())) {
            pending = recorder.submitRefusedJson(
                    text,
                    ReasonCode.AGENT_MISMATCH,
                    "the request names agent '" + agent.textValue() + "' but its bearer token is agent '"
                            + caller.name() + "'");
        } else {
            pending = recorder.submitJson(text);
        }
        long handed = System.nanoTime();
        return pending.thenApply(recorded -> {
            long now = System.nanoTime();
            Decision decision = recorded.decision();
            metrics.committed(now - handed);
            metrics.decided(decision.effect().keyword(), decision.reasonCode().keyword(), now - startedNanos);
            if (recorded.escalated()) {
                escalations.opened(recorded.seq(), decision.toJson(), text);
            }
            return recorded;
        });
    }

    /** The decision as {@code charter eval} prints it, with the record's {@code seq} added as the last member. */
    static String render(RecordedDecision recorded) {
        String json = recorded.decision().toJson();
        return json.substring(0, json.length() - 1) + ",\"seq\":" + recorded.seq() + "}";
    }

    private static Reply unrecorded(List<RecordedDecision> decisions) {
        StringBuilder json = new StringBuilder(
                "{\"error\":\"ledger_failure\",\"message\":\"the ledger could not record the decision, so it is denied;"
                        + " treat this as deny\",\"decisions\":[");
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i).decision();
            Decision denied = decision.effect() == Effect.DENY
                    ? decision
                    : decision.unrecorded("not recorded with the rest of its batch, so it is denied");
            json.append(i == 0 ? "" : ",").append(denied.toJson());
        }
        return new Reply(503, json.append("]}").toString());
    }
}
