package dev.charter.solver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.solver.DatalogConstitution.Pools;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random (request, fact snapshot) pairs for a generated constitution, the ground truth's test
 * inputs. Values come from the constitution's own constants: its agents and targets (and one
 * agent it never names), its thresholds ±1; a snapshot holds up to five tuples per input relation,
 * so with three agents a request's agent is often the one the facts are about. A tuple's first
 * string often repeats the previous tuple's last one ({@code delegates(alice, bob, pay)},
 * {@code delegates(bob, carol, pay)}), so that delegation chains of two or three hops occur.
 */
final class DatalogScenarios {

    static final String STRANGER = "zed";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DatalogScenarios() {}

    /** A request and the snapshot it is decided with; {@code facts} is a FactSnapshot JSON. */
    record Scenario(ObjectNode request, ObjectNode facts) {
        FactSnapshot snapshot() {
            return parse(facts);
        }

        @Override
        public String toString() {
            return "request " + request + "\nfacts   " + facts;
        }
    }

    static FactSnapshot parse(ObjectNode facts) {
        return FactSnapshot.parse(facts.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code snapshots} random snapshots, each with {@code requests} random requests. */
    static List<Scenario> scenarios(Program program, Pools pools, long seed, int snapshots, int requests) {
        Random random = new Random(seed);
        List<Scenario> out = new ArrayList<>();
        for (int s = 0; s < snapshots; s++) {
            ObjectNode facts = snapshot(program, pools, random);
            for (int r = 0; r < requests; r++) {
                out.add(new Scenario(request(pools, random), facts));
            }
        }
        return out;
    }

    /** Random requests decided with a given snapshot (a witness's), to probe the facts the solver chose. */
    static List<Scenario> withFacts(ObjectNode facts, Pools pools, long seed, int requests) {
        Random random = new Random(seed);
        List<Scenario> out = new ArrayList<>();
        for (int r = 0; r < requests; r++) {
            out.add(new Scenario(request(pools, random), facts == null ? emptySnapshot() : facts));
        }
        return out;
    }

    static ObjectNode emptySnapshot() {
        ObjectNode root = JSON.objectNode();
        root.putObject("relations");
        return root;
    }

    static ObjectNode snapshot(Program program, Pools pools, Random random) {
        ObjectNode root = JSON.objectNode();
        ObjectNode relations = root.putObject("relations");
        for (Relation relation : program.relations()) {
            if (!relation.input()) {
                continue;
            }
            ArrayNode tuples = relations.putArray(relation.name());
            int count = random.nextInt(6);
            String carried = null;
            for (int i = 0; i < count; i++) {
                ArrayNode tuple = JSON.arrayNode();
                String last = null;
                for (Field column : relation.columns()) {
                    boolean chain = carried != null
                            && last == null
                            && column.type() == PrimitiveType.STRING
                            && random.nextBoolean();
                    var value = chain ? JSON.textNode(carried) : value(column, program, pools, random);
                    tuple.add(value);
                    if (column.type() == PrimitiveType.STRING) {
                        last = value.asText();
                    }
                }
                carried = last;
                if (!contains(tuples, tuple)) {
                    tuples.add(tuple);
                }
            }
        }
        return root;
    }

    private static boolean contains(ArrayNode tuples, ArrayNode tuple) {
        for (var existing : tuples) {
            if (existing.equals(tuple)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode value(Field column, Program program, Pools pools, Random random) {
        if (column.type() instanceof EnumType e) {
            List<String> values = program.schema().enumValues(e).orElseThrow();
            return JSON.textNode(values.get(random.nextInt(values.size())));
        }
        return switch ((PrimitiveType) column.type()) {
            case INT -> JSON.numberNode(number(pools, random));
            case ACTION -> JSON.textNode(pick(DatalogConstitution.ACTIONS, random));
            case STRING -> JSON.textNode(random.nextInt(4) == 0 ? pick(pools.targets(), random) : agent(pools, random));
            default ->
                throw new IllegalArgumentException(
                        "no generator for a " + column.type().displayName() + " column");
        };
    }

    static ObjectNode request(Pools pools, Random random) {
        ObjectNode node = JSON.objectNode();
        String agent = agent(pools, random);
        node.put("agent", agent);
        node.put("action", pick(DatalogConstitution.ACTIONS, random));
        ObjectNode parameters = node.putObject("request");
        parameters.put("amount", number(pools, random));
        parameters.put("target", random.nextInt(3) == 0 ? agent(pools, random) : pick(pools.targets(), random));
        ObjectNode context = node.putObject("context");
        context.put("verified", random.nextBoolean());
        context.put("level", number(pools, random));
        node.put("time", "2026-01-05T09:00:00Z");
        node.putArray("chain").add(agent);
        return node;
    }

    private static String agent(Pools pools, Random random) {
        return random.nextInt(8) == 0 ? STRANGER : pick(pools.agents(), random);
    }

    /** A threshold of the constitution, one beside it, or zero. */
    private static long number(Pools pools, Random random) {
        if (random.nextInt(8) == 0) {
            return 0;
        }
        return pick(pools.ints(), random) + random.nextInt(3) - 1;
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
