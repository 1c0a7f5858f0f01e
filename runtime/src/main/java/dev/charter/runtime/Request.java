package dev.charter.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.json.CanonicalWriter;
import dev.charter.runtime.json.CanonicalWriter.Name;
import dev.charter.runtime.json.JsonLimits;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What an agent asks to do (docs/requests.md): the acting agent, the action, the action's
 * parameters, the context, the time, the delegation chain and the session; and whether the caller wants the
 * decision explained ({@link #explain()}).
 *
 * <p>A request holds raw values exactly as given — {@code String}, {@code Boolean}, exact
 * {@code BigDecimal} numbers, or an opaque form of any other JSON value — and is not checked
 * against a schema: the {@link Engine} does that and answers a missing, ill-typed or undeclared
 * attribute with DENY and a reason code. Decimals may be given as JSON numbers or as strings
 * ({@code "15000.00"}); nothing is ever read as binary floating point. Immutable.
 *
 * <p>Every request has one exact canonical form ({@link #toJson}), which its digest, its record
 * and its replay all read: a request holding a value that has none (a lone surrogate) or beyond
 * the limits of {@link JsonLimits} (depth, size, numbers) is refused when it is read or built,
 * before anything is decided.
 *
 * <pre>{@code
 * Request r = Request.builder()
 *         .agent("lending-agent-v2").action("initiate_payment")
 *         .param("amount", new BigDecimal("500")).param("destination", "acct-9")
 *         .context("identity_verified", true).context("account_status", "active")
 *         .time(Instant.parse("2026-04-14T11:42:09Z"))
 *         .build();
 * }</pre>
 */
public final class Request {

    private static final Set<String> KEYS =
            Set.of("agent", "action", "request", "context", "time", "chain", "explain", "session");

    // The members of toJson(), in RFC 8785 order.
    private static final Name ACTION = Name.of("action");
    private static final Name AGENT = Name.of("agent");
    private static final Name CHAIN = Name.of("chain");
    private static final Name CONTEXT = Name.of("context");
    private static final Name EXPLAIN = Name.of("explain");
    private static final Name REQUEST = Name.of("request");
    private static final Name SESSION = Name.of("session");
    private static final Name TIME = Name.of("time");

    // Where each member sits in the JSON form, for the reasons of refusals.
    private static final JsonPath AGENT_PATH = JsonPath.ROOT.member("agent");
    private static final JsonPath ACTION_PATH = JsonPath.ROOT.member("action");
    private static final JsonPath SESSION_PATH = JsonPath.ROOT.member("session");
    private static final JsonPath CHAIN_PATH = JsonPath.ROOT.member("chain");
    private static final JsonPath PARAMETERS_PATH = JsonPath.ROOT.member("request");
    private static final JsonPath CONTEXT_PATH = JsonPath.ROOT.member("context");

    private final String agent;
    private final String action;
    private final Map<String, Object> parameters;
    private final Map<String, Object> context;
    private final Instant time;
    private final List<String> chain;
    private final boolean explain;
    private final String session;
    /** The canonical form, rendered once: it is measured before deciding, and recorded after. */
    private final String canonical;

    private Request(Builder b) {
        this.agent = b.agent;
        this.action = b.action;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        this.context = Collections.unmodifiableMap(new LinkedHashMap<>(b.context));
        this.time = b.time;
        this.chain = List.copyOf(b.chain);
        this.explain = b.explain;
        this.session = b.session;
        checkValues();
        this.canonical = CanonicalWriter.render(this::writeJson);
        if (JsonLimits.utf8Length(canonical) > JsonLimits.MAX_REQUEST_BYTES) {
            throw new RequestFormatException(
                    ReasonCode.REQUEST_LIMIT_EXCEEDED,
                    "the request is refused: its canonical " + "form is larger than " + JsonLimits.MAX_REQUEST_BYTES
                            + " bytes",
                    null);
        }
    }

    /**
     * Refuses a value with no exact canonical form or beyond the number limits, however the
     * request was made: what is decided is then exactly what is recorded and replayed. (A parsed
     * request's nested values were checked whole, before they became opaque.)
     */
    private void checkValues() {
        checkText(agent, () -> "the string at " + AGENT_PATH);
        checkText(action, () -> "the string at " + ACTION_PATH);
        checkText(session, () -> "the string at " + SESSION_PATH);
        for (int i = 0; i < chain.size(); i++) {
            int index = i;
            checkText(chain.get(i), () -> "the string at " + CHAIN_PATH.element(index));
        }
        checkAttributes(parameters, PARAMETERS_PATH);
        checkAttributes(context, CONTEXT_PATH);
    }

    private static void checkAttributes(Map<String, Object> attributes, JsonPath scope) {
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            String name = attribute.getKey();
            checkText(name, () -> "a member name in " + scope);
            if (attribute.getValue() instanceof String text) {
                checkText(text, () -> "the string at " + scope.member(name));
            } else if (attribute.getValue() instanceof BigDecimal number) {
                String problem = JsonLimits.numberProblem(number);
                if (problem != null) {
                    throw refusal(new JsonLimits.Problem(true, "the number at " + scope.member(name) + " " + problem));
                }
            }
        }
    }

    /** Refuses a lone surrogate in {@code text}; {@code where} is built only then, as this runs for every request. */
    private static void checkText(String text, Supplier<String> where) {
        if (text != null && JsonLimits.loneSurrogate(text) >= 0) {
            throw refusal(JsonLimits.text(text, where.get()));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a request in its JSON form (docs/requests.md). Unknown top-level keys and
     * repeated keys are malformed (a request means one thing to every reader).
     *
     * @throws RequestFormatException when {@code json} is not well-formed, has the wrong shape, or is
     *         refused as {@link Request} describes
     */
    public static Request parse(String json) {
        if (json != null && json.length() > JsonLimits.MAX_REQUEST_CHARS) {
            // Not even parsed. The reason does not say by how much: a record keeps only the first characters past the
            // limit.
            throw new RequestFormatException(
                    ReasonCode.REQUEST_LIMIT_EXCEEDED,
                    "the request is refused: its text is " + "longer than " + JsonLimits.MAX_REQUEST_CHARS
                            + " characters",
                    null);
        }
        JsonNode root;
        try {
            root = BoundaryJson.read(json);
        } catch (BoundaryJson.Refusal e) {
            throw new RequestFormatException(
                    e.limit() ? ReasonCode.REQUEST_LIMIT_EXCEEDED : ReasonCode.MALFORMED_REQUEST,
                    "the request " + e.getMessage(),
                    null);
        }
        if (!root.isObject()) {
            throw new RequestFormatException("a request is a JSON object");
        }
        Builder b = builder();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new RequestFormatException("unknown request key \"" + name
                        + "\"; a request has agent, action, request, context, time, chain, explain and session");
            }
        }
        b.agent = optionalText(root, "agent");
        b.action = optionalText(root, "action");
        b.session = optionalText(root, "session");
        readObject(root, "request", b.parameters);
        readObject(root, "context", b.context);
        String time = optionalText(root, "time");
        if (time != null) {
            try {
                b.time = OffsetDateTime.parse(time).toInstant();
            } catch (DateTimeParseException e) {
                throw new RequestFormatException("\"time\" is not an instant like 2026-04-14T11:42:09Z: " + time, e);
            }
        }
        JsonNode explain = root.get("explain");
        if (explain != null && !explain.isNull()) {
            if (!explain.isBoolean()) {
                throw new RequestFormatException("\"explain\" is true or false");
            }
            b.explain = explain.booleanValue();
        }
        JsonNode chain = root.get("chain");
        if (chain != null && !chain.isNull()) {
            if (!chain.isArray()) {
                throw new RequestFormatException("\"chain\" is an array of agent ids");
            }
            for (JsonNode hop : chain) {
                if (!hop.isTextual()) {
                    throw new RequestFormatException("\"chain\" is an array of agent ids");
                }
                b.chain.add(hop.textValue());
            }
        }
        return b.build();
    }

    private static RequestFormatException refusal(JsonLimits.Problem problem) {
        return new RequestFormatException(
                problem.limit() ? ReasonCode.REQUEST_LIMIT_EXCEEDED : ReasonCode.MALFORMED_REQUEST,
                "the request is refused: " + problem.message(),
                null);
    }

    private static String optionalText(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new RequestFormatException("\"" + key + "\" is a string");
        }
        return node.textValue();
    }

    private static void readObject(JsonNode root, String key, Map<String, Object> into) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            throw new RequestFormatException("\"" + key + "\" is an object of attributes");
        }
        node.properties().forEach(e -> into.put(e.getKey(), RawJson.fromNode(e.getValue())));
    }

    /** The acting agent's id; null when the request names none (the engine then denies). */
    public String agent() {
        return agent;
    }

    /** The requested action; null when the request names none. */
    public String action() {
        return action;
    }

    /**
     * Whether the request carries the parameter {@code name} with a value: given, and not as
     * JSON {@code null} (which stands for an optional parameter left out). {@code name} may be a
     * dotted path to a field of an object argument ({@code address.city}) or to the object.
     */
    public boolean carries(String name) {
        return argument(name) != null;
    }

    /**
     * The argument at {@code path} as given: a parameter's name, or a dotted path into object
     * arguments ({@code address.city}); null when it, or an object on its way, is absent or JSON
     * {@code null}. An object is returned as its raw JSON form, a list as the list of its
     * elements' raw values.
     */
    public Object argument(String path) {
        Map<String, Object> level = parameters;
        String[] keys = path.split("\\.", -1);
        for (int i = 0; ; i++) {
            Object raw = level.get(keys[i]);
            if (raw == null || RawJson.isNull(raw)) {
                return null;
            }
            if (i == keys.length - 1) {
                return raw instanceof RawJson.Array a ? elements(a) : raw;
            }
            level = RawJson.fields(raw);
            if (level == null) {
                return null;
            }
        }
    }

    /** A list's elements as given, an object element as its members' raw values by key. */
    private static List<Object> elements(RawJson.Array array) {
        List<Object> out = new ArrayList<>(array.elements().size());
        for (Object e : array.elements()) {
            Map<String, Object> fields = RawJson.fields(e);
            out.add(fields != null ? Collections.unmodifiableMap(fields) : e);
        }
        return Collections.unmodifiableList(out);
    }

    /** The action's parameters ({@code request.*}) by name, as given. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** The context attributes ({@code context.*}) by name, as given. */
    public Map<String, Object> context() {
        return context;
    }

    /** When the request is made; null when not given. The runtime never reads a clock. */
    public Instant time() {
        return time;
    }

    /** The delegation chain that led to the agent, origin first; empty when not given. */
    public List<String> chain() {
        return chain;
    }

    /**
     * Whether the caller asks for the decision to be explained: every candidate rule is then
     * evaluated and the trace lists every one that matched, instead of stopping once the decision
     * is settled (see {@link Trace}). The decision itself is the same either way.
     */
    public boolean explain() {
        return explain;
    }

    /**
     * The session the request belongs to, as its caller names it (a tool guard passes the agent
     * framework's or MCP client's session id); null when not given. Recorded and replayed with
     * the request; conditions do not read it.
     */
    public String session() {
        return session;
    }

    /** This request asking for an explanation; the same request when it already does. */
    public Request explained() {
        if (explain) {
            return this;
        }
        Builder b = builder();
        b.agent = agent;
        b.action = action;
        b.parameters.putAll(parameters);
        b.context.putAll(context);
        b.time = time;
        b.chain.addAll(chain);
        b.explain = true;
        b.session = session;
        return b.build();
    }

    /** The JSON form (docs/requests.md), as a fresh tree. */
    public ObjectNode toJsonTree() {
        return CanonicalJson.tree(toJson());
    }

    /**
     * The canonical (RFC 8785) JSON form of {@link #toJsonTree()}, written without building the
     * tree; {@link #parse} reads it back to an equal request. The members are written in their
     * RFC 8785 order ({@code action}, {@code agent}, {@code chain}, {@code context},
     * {@code explain} (only when true), {@code request}, {@code session} (only when
     * given), {@code time}), the attributes sorted by
     * name.
     */
    public String toJson() {
        return canonical;
    }

    private void writeJson(CanonicalWriter out) {
        out.beginObject();
        if (action != null) {
            out.name(ACTION).string(action);
        }
        if (agent != null) {
            out.name(AGENT).string(agent);
        }
        out.name(CHAIN).beginArray();
        for (String hop : chain) {
            out.string(hop);
        }
        out.endArray();
        writeAttributes(context, out.name(CONTEXT));
        if (explain) {
            out.name(EXPLAIN).bool(true);
        }
        writeAttributes(parameters, out.name(REQUEST));
        if (session != null) {
            out.name(SESSION).string(session);
        }
        if (time != null) {
            out.name(TIME).string(time.toString());
        }
        out.endObject();
    }

    private static void writeAttributes(Map<String, Object> attributes, CanonicalWriter out) {
        String[] names = attributes.keySet().toArray(new String[0]);
        // String.compareTo orders by UTF-16 code units, as RFC 8785 orders member names.
        Arrays.sort(names);
        out.beginObject();
        for (String name : names) {
            RawJson.write(attributes.get(name), out.name(name));
        }
        out.endObject();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Request r
                && Objects.equals(agent, r.agent)
                && Objects.equals(action, r.action)
                && parameters.equals(r.parameters)
                && context.equals(r.context)
                && Objects.equals(time, r.time)
                && chain.equals(r.chain)
                && explain == r.explain
                && Objects.equals(session, r.session);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agent, action, parameters, context, time, chain, explain, session);
    }

    @Override
    public String toString() {
        return toJson();
    }

    /** Builds a request in code; values are normalised as {@link Request} describes. */
    public static final class Builder {
        private String agent;
        private String action;
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final Map<String, Object> context = new LinkedHashMap<>();
        private Instant time;
        private final List<String> chain = new ArrayList<>();
        private boolean explain;
        private String session;

        private Builder() {}

        public Builder agent(String agent) {
            this.agent = agent;
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        /**
         * Sets a parameter ({@code request.name}): a {@code String} (also for enum values and
         * dates), {@code Boolean}, integer, {@code BigDecimal} or {@code LocalDate}.
         *
         * @throws IllegalArgumentException for any other type, {@code float} and {@code double} included
         */
        public Builder param(String name, Object value) {
            parameters.put(name, RawJson.fromJava(value));
            return this;
        }

        /** Sets a context attribute ({@code context.name}); values as for {@link #param}. */
        public Builder context(String name, Object value) {
            context.put(name, RawJson.fromJava(value));
            return this;
        }

        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        public Builder chain(List<String> chain) {
            this.chain.clear();
            this.chain.addAll(chain);
            return this;
        }

        /** The session the request belongs to: see {@link Request#session()}. */
        public Builder session(String session) {
            this.session = session;
            return this;
        }

        /** Whether to explain the decision: see {@link Request#explain()}. */
        public Builder explain(boolean explain) {
            this.explain = explain;
            return this;
        }

        /**
         * @throws RequestFormatException when a value has no exact canonical form (a lone
         *         surrogate) or the request is beyond a limit of {@link JsonLimits}
         */
        public Request build() {
            return new Request(this);
        }
    }
}
