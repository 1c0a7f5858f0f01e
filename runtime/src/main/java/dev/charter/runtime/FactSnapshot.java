package dev.charter.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.datalog.InputFacts;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.json.JsonLimits;
import dev.charter.runtime.keys.Sha256;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host-supplied facts of a constitution's {@code input relation}s, one list of tuples per
 * relation (docs/requests.md, "Fact snapshots"), identified by the SHA-256 digest of its
 * canonical JSON so that every decision record names exactly the facts it used.
 *
 * <p>A snapshot on its own is only well-formed JSON of the right shape; it is typed against a
 * program when attached ({@link Engine#attach}) or materialised
 * ({@link dev.charter.runtime.datalog.DatalogEvaluator}). Immutable.
 */
public final class FactSnapshot implements InputFacts {

    private static final FactSnapshot EMPTY = new FactSnapshot(Map.of());

    private final Map<String, List<List<Object>>> relations;
    private final byte[] canonical;
    private final String digest;

    private FactSnapshot(Map<String, List<List<Object>>> relations) {
        relations.forEach(FactSnapshot::checkValues);
        Map<String, List<List<Object>>> sorted = new TreeMap<>();
        relations.forEach((name, tuples) ->
                sorted.put(name, tuples.stream().map(List::copyOf).toList()));
        this.relations = Collections.unmodifiableMap(sorted);
        this.canonical = CanonicalJson.bytes(toJsonTree());
        this.digest = Sha256.text(canonical);
    }

    /**
     * Refuses a value with no exact canonical form (a lone surrogate) or beyond the number limits
     * of {@link JsonLimits}: two snapshots with different values must never share a digest.
     */
    private static void checkValues(String relation, List<List<Object>> tuples) {
        JsonPath relations = JsonPath.ROOT.member("relations");
        JsonLimits.Problem problem = JsonLimits.text(relation, "a member name in " + relations);
        if (problem != null) {
            throw new InvalidFactsException("the fact snapshot is refused: " + problem.message());
        }
        for (int t = 0; t < tuples.size(); t++) {
            List<Object> tuple = tuples.get(t);
            for (int i = 0; i < tuple.size(); i++) {
                // The path is built only for a refusal: a snapshot may hold millions of values.
                if (tuple.get(i) instanceof String text && JsonLimits.loneSurrogate(text) >= 0) {
                    throw new InvalidFactsException("the fact snapshot is refused: "
                            + JsonLimits.text(
                                            text,
                                            "the string at "
                                                    + relations
                                                            .member(relation)
                                                            .element(t)
                                                            .element(i))
                                    .message());
                }
                if (tuple.get(i) instanceof BigDecimal number && JsonLimits.numberProblem(number) != null) {
                    throw new InvalidFactsException("the fact snapshot is refused: the number at "
                            + relations.member(relation).element(t).element(i) + " "
                            + JsonLimits.numberProblem(number));
                }
            }
        }
    }

    /** The snapshot with no facts. */
    public static FactSnapshot empty() {
        return EMPTY;
    }

    /**
     * Reads a snapshot file's contents and types it against each of {@code programs}: the one
     * reading of a facts file, so that every tool refuses a file that does not parse or does not
     * fit with the same message, starting with {@code name} (the file) and saying what is wrong.
     *
     * @throws InvalidFactsException when {@code json} does not parse, or does not fit a program
     */
    public static FactSnapshot parse(String name, byte[] json, List<Program> programs) {
        FactSnapshot snapshot;
        try {
            snapshot = parse(json);
        } catch (InvalidFactsException e) {
            throw new InvalidFactsException(name + ": " + e.getMessage(), e);
        }
        for (Program program : programs) {
            try {
                snapshot.facts(program);
            } catch (InvalidFactsException e) {
                throw new InvalidFactsException(
                        name + ": does not fit " + program.metadata().name() + " version "
                                + program.metadata().version() + ": " + e.getMessage(),
                        e);
            }
        }
        return snapshot;
    }

    /**
     * Reads {@code {"relations": {"name": [[v, ...], ...], ...}}}. Values are strings, booleans or
     * numbers (exact); a relation may be listed with no tuples.
     *
     * @throws InvalidFactsException when {@code json} is not well-formed or has another shape
     */
    public static FactSnapshot parse(byte[] json) {
        JsonNode root;
        try {
            root = BoundaryJson.read(json);
        } catch (BoundaryJson.Refusal e) {
            throw new InvalidFactsException("the fact snapshot " + e.getMessage());
        }
        if (!root.isObject() || root.size() != 1 || !root.path("relations").isObject()) {
            throw new InvalidFactsException("a fact snapshot is an object with one key, \"relations\", "
                    + "mapping relation names to arrays of tuples");
        }
        Map<String, List<List<Object>>> relations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.get("relations").properties()) {
            if (!e.getValue().isArray()) {
                throw new InvalidFactsException("relation " + e.getKey() + ": expected an array of tuples");
            }
            List<List<Object>> tuples = new ArrayList<>();
            for (JsonNode tuple : e.getValue()) {
                if (!tuple.isArray()) {
                    throw new InvalidFactsException("relation " + e.getKey() + ": a tuple is an array of values");
                }
                List<Object> values = new ArrayList<>();
                for (JsonNode v : tuple) {
                    Object raw = RawJson.fromNode(v);
                    if (raw instanceof RawJson.Opaque || raw instanceof RawJson.Array) {
                        throw new InvalidFactsException(
                                "relation " + e.getKey() + ": " + v + " is not a string, boolean or number");
                    }
                    values.add(raw);
                }
                tuples.add(values);
            }
            relations.put(e.getKey(), tuples);
        }
        return new FactSnapshot(relations);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code sha256:<hex>} of {@link #canonicalBytes()}. */
    public String digest() {
        return digest;
    }

    /** The snapshot's canonical (RFC 8785) JSON. */
    public byte[] canonicalBytes() {
        return canonical.clone();
    }

    /** The raw tuples by relation name, as given (values as in {@link Request}). */
    public Map<String, List<List<Object>>> relations() {
        return relations;
    }

    /**
     * The facts typed against {@code program}'s input relations, in column order.
     *
     * @throws InvalidFactsException when a relation is not an input relation of the program, a
     *         tuple has the wrong arity, or a value does not have its column's type
     */
    @Override
    public Map<String, List<List<Value>>> facts(Program program) {
        Map<String, List<List<Value>>> facts = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<Object>>> e : relations.entrySet()) {
            Relation relation = program.relation(e.getKey())
                    .filter(Relation::input)
                    .orElseThrow(
                            () -> new InvalidFactsException("relation " + e.getKey() + " is not an input relation of "
                                    + program.metadata().name()));
            TypedReader[] readers = relation.columns().stream()
                    .map(c -> TypedReader.forType(c.type(), program.schema()))
                    .toArray(TypedReader[]::new);
            List<List<Value>> tuples = new ArrayList<>(e.getValue().size());
            for (List<Object> tuple : e.getValue()) {
                tuples.add(typed(relation, readers, tuple));
            }
            facts.put(relation.name(), tuples);
        }
        return facts;
    }

    private static List<Value> typed(Relation relation, TypedReader[] readers, List<Object> tuple) {
        if (tuple.size() != readers.length) {
            throw new InvalidFactsException("relation " + relation.name() + " has " + readers.length
                    + " columns but a tuple has " + tuple.size() + " values: " + tuple);
        }
        Value[] values = new Value[readers.length];
        for (int i = 0; i < readers.length; i++) {
            Object form = readers[i].read(tuple.get(i));
            if (form == null) {
                Field column = relation.columns().get(i);
                throw new InvalidFactsException("relation " + relation.name() + ", column " + column.name() + ": "
                        + RawJson.toNode(tuple.get(i)) + " is not "
                        + column.type().withArticle());
            }
            values[i] = readers[i].value(form);
        }
        return Arrays.asList(values);
    }

    private ObjectNode toJsonTree() {
        ObjectNode root = RawJson.MAPPER.createObjectNode();
        ObjectNode rels = root.putObject("relations");
        relations.forEach((name, tuples) -> {
            ArrayNode array = rels.putArray(name);
            for (List<Object> tuple : tuples) {
                ArrayNode t = array.addArray();
                tuple.forEach(v -> t.add(RawJson.toNode(v)));
            }
        });
        return root;
    }

    @Override
    public String toString() {
        return new String(canonical, StandardCharsets.UTF_8);
    }

    /** Builds a snapshot in code, e.g. from a host's role database. */
    public static final class Builder {
        private final Map<String, List<List<Object>>> relations = new LinkedHashMap<>();

        private Builder() {}

        /** Adds one tuple; values as for {@link Request.Builder#param}. */
        public Builder add(String relation, Object... values) {
            List<Object> tuple = new ArrayList<>(values.length);
            for (Object v : values) {
                tuple.add(RawJson.fromJava(v));
            }
            relations.computeIfAbsent(relation, r -> new ArrayList<>()).add(tuple);
            return this;
        }

        public FactSnapshot build() {
            return new FactSnapshot(relations);
        }
    }
}
