package dev.charter.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.RecordKind;
import dev.charter.runtime.ledger.Resolution;
import dev.charter.runtime.ledger.ResolutionOutcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;

/**
 * The escalations of the server's ledger: what each asked for, its deadline, and its resolution
 * (which the ledger holds). Reviewers approve or deny through it; {@link #sweep()} resolves
 * every escalation past its deadline with a {@code timeout} resolution record; agents wait on
 * {@link #await}. Rebuilt from the ledger on start, so escalations left open by a previous run
 * are still listed and still time out. Thread-safe.
 */
public final class EscalationService {

    /** The reviewer a timeout resolution record names. */
    public static final String TIMEOUT_REVIEWER = "timeout";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(new JsonNodeFactory(true));

    /** What an escalation asked for; its state comes from the ledger. */
    private record Opened(
            long id,
            String agent,
            String action,
            JsonNode arguments,
            String route,
            List<String> rules,
            JsonNode derivation,
            Instant createdAt,
            Instant deadline) {}

    private final Ledger ledger;
    private final ServerConfig config;
    private final Clock clock;
    private final ConcurrentNavigableMap<Long, Opened> escalations = new ConcurrentSkipListMap<>();

    public EscalationService(Ledger ledger, ServerConfig config, Clock clock) {
        this.ledger = ledger;
        this.config = config;
        this.clock = clock;
    }

    /** Learns the escalations recorded before this run ({@link dev.charter.runtime.ledger.LedgerReader#escalations}). */
    public void rebuild(List<LedgerRecord> records) {
        for (LedgerRecord record : records) {
            if (record.kind() != RecordKind.DECISION) {
                continue;
            }
            JsonNode body = tree(record.body());
            JsonNode decision = body.path("decision");
            if ("escalate".equals(decision.path("decision").asText())) {
                Instant created = instant(body.path("recorded_at").asText(), clock.instant());
                remember(record.seq(), decision, body.path("request"), created);
            }
        }
    }

    /** Learns an escalation just recorded at {@code seq}: its decision and request as canonical JSON. */
    public void opened(long seq, String decisionJson, String requestJson) {
        remember(seq, tree(decisionJson), tree(requestJson), clock.instant());
    }

    private void remember(long seq, JsonNode decision, JsonNode request, Instant created) {
        JsonNode trace = decision.path("trace");
        String route = decision.path("route").asText("");
        List<String> rules = new ArrayList<>();
        decision.path("rules").forEach(rule -> rules.add(rule.asText()));
        escalations.put(
                seq,
                new Opened(
                        seq,
                        trace.path("agent").asText(request.path("agent").asText("")),
                        trace.path("action").asText(request.path("action").asText("")),
                        request.path("request").isMissingNode()
                                ? JsonNodeFactory.instance.objectNode()
                                : request.path("request"),
                        route,
                        rules,
                        trace.path("derivations").isMissingNode()
                                ? JsonNodeFactory.instance.arrayNode()
                                : trace.path("derivations"),
                        created,
                        created.plus(config.timeoutFor(route))));
    }

    /** Escalations newest first; {@code filter} null for all, {@link EscalationState#OPEN} or any resolved state. */
    public List<EscalationView> list(Filter filter) {
        List<EscalationView> views = new ArrayList<>();
        for (Opened opened : escalations.descendingMap().values()) {
            EscalationView view = view(opened);
            if (filter.accepts(view.state())) {
                views.add(view);
            }
        }
        return views;
    }

    /** Which escalations {@link #list} shows. */
    public enum Filter {
        OPEN,
        RESOLVED,
        ALL;

        boolean accepts(EscalationState state) {
            return this == ALL || (this == OPEN) == (state == EscalationState.OPEN);
        }
    }

    public Optional<EscalationView> get(long id) {
        Opened opened = escalations.get(id);
        return opened == null ? Optional.empty() : Optional.of(view(opened));
    }

    /** How many escalations wait for a reviewer. */
    public long openCount() {
        return escalations.keySet().stream()
                .filter(id -> ledger.pollResolution(id).isEmpty())
                .count();
    }

    /** Records {@code reviewer}'s approval; the resolution record is bound to the escalated record's hash. */
    public EscalationView approve(long id, Principal.Reviewer reviewer, String reason) throws EscalationException {
        return resolve(id, reviewer, ResolutionOutcome.APPROVE, reason);
    }

    /** Records {@code reviewer}'s denial. */
    public EscalationView deny(long id, Principal.Reviewer reviewer, String reason) throws EscalationException {
        return resolve(id, reviewer, ResolutionOutcome.DENY, reason);
    }

    private EscalationView resolve(long id, Principal.Reviewer reviewer, ResolutionOutcome outcome, String reason)
            throws EscalationException {
        Opened opened = escalations.get(id);
        if (opened == null) {
            throw new EscalationException(EscalationException.Kind.NOT_FOUND, "no escalation has id " + id);
        }
        if (!reviewer.mayResolve(opened.route())) {
            throw new EscalationException(
                    EscalationException.Kind.FORBIDDEN,
                    "reviewer '" + reviewer.name() + "' may not resolve escalations to route '" + opened.route() + "'");
        }
        if (ledger.pollResolution(id).isPresent()) {
            throw new EscalationException(
                    EscalationException.Kind.CONFLICT,
                    "escalation " + id + " is already " + view(opened).state().label());
        }
        try {
            ledger.resolve(id, outcome, reviewer.name(), reason);
        } catch (LedgerException e) {
            throw ledger.pollResolution(id).isPresent()
                    ? new EscalationException(EscalationException.Kind.CONFLICT, e.getMessage())
                    : new EscalationException(EscalationException.Kind.LEDGER, e.getMessage());
        }
        return view(opened);
    }

    /**
     * The escalation once it is resolved, or as it stands after {@code timeout}; completes at once
     * when it is already resolved, empty when there is no such escalation. Holds no thread while
     * it waits.
     */
    public CompletableFuture<Optional<EscalationView>> await(long id, Duration timeout) {
        Opened opened = escalations.get(id);
        if (opened == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return ledger.resolution(id)
                .completeOnTimeout(null, timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((resolution, failure) -> Optional.of(view(opened)));
    }

    /** Resolves every open escalation past its deadline with a {@code timeout} record; returns how many. */
    public int sweep() {
        Instant now = clock.instant();
        int timedOut = 0;
        for (Opened opened : escalations.values()) {
            if (!now.isBefore(opened.deadline())
                    && ledger.pollResolution(opened.id()).isEmpty()) {
                try {
                    ledger.resolve(
                            opened.id(),
                            ResolutionOutcome.TIMEOUT,
                            TIMEOUT_REVIEWER,
                            "no reviewer resolved it within " + config.timeoutFor(opened.route()));
                    timedOut++;
                } catch (LedgerException e) {
                    // Resolved by a reviewer meanwhile, or the ledger failed: either way it is no longer ours to time
                    // out.
                }
            }
        }
        return timedOut;
    }

    private EscalationView view(Opened opened) {
        Optional<Resolution> resolution = ledger.pollResolution(opened.id());
        return new EscalationView(
                opened.id(),
                resolution.map(r -> EscalationState.of(r.outcome())).orElse(EscalationState.OPEN),
                opened.agent(),
                opened.action(),
                opened.arguments(),
                opened.route(),
                opened.rules(),
                opened.derivation(),
                opened.createdAt(),
                opened.deadline(),
                resolution.map(Resolution::reviewer).orElse(null),
                resolution.map(r -> instant(r.recordedAt(), null)).orElse(null),
                resolution.map(Resolution::reason).orElse(null));
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JsonNodeFactory.instance.objectNode();
        }
    }

    private static Instant instant(String text, Instant otherwise) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
