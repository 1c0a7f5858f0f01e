package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Expr.Scope;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.TimeAttribute;
import dev.charter.runtime.ir.Value;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request read back from a model: every attribute has a value, except an optional parameter
 * the model leaves out, which has no entry (and is left out of the JSON). It prints in the request JSON
 * format of docs/requests.md; {@code time} is an instant whose local date and time of day in the
 * constitution's timezone are the ones the solver chose.
 *
 * @param attributes values by path ({@code request.amount}, {@code context.x}, and every
 *     {@code time.*} attribute, {@code time.date} and {@code time.of_day} among them); a field
 *     of an object argument by its dotted path ({@code request.address.city}); the session, at
 *     {@link #SESSION}, when the request carries one; and the history, each count and sum by its
 *     text ({@link #history})
 * @param objects the object arguments the request carries, by path ({@code address}), holders
 *     first; each is written as a JSON object, with its fields, even when it has none
 * @param lists the list arguments the request carries, by path ({@code request.paths}), each with
 *     its elements in order: a {@link Value}, or for a list of objects a {@code Map<String, Value>}
 *     of an element's members; written as JSON arrays
 */
record ConcreteRequest(
        String action,
        String agent,
        Map<String, Value> attributes,
        Set<String> objects,
        Map<String, List<Object>> lists) {

    /** The path of the request's session among the attributes: no attribute path is a bare word. */
    static final String SESSION = "session";

    private static final String DATE = Scope.TIME.keyword() + "." + TimeAttribute.DATE.attributeName();
    private static final String OF_DAY = Scope.TIME.keyword() + "." + TimeAttribute.OF_DAY.attributeName();

    ConcreteRequest {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        objects = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(objects));
        lists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    }

    /** A request without list arguments. */
    ConcreteRequest(String action, String agent, Map<String, Value> attributes, Set<String> objects) {
        this(action, agent, attributes, objects, Map.of());
    }

    Value value(String path) {
        return attributes.get(path);
    }

    /**
     * The history the request is decided over: each count and sum the analysis read, by its text
     * ({@code count(permitted refund, same agent, within 1 hour)}); a sum over no decision, and
     * what no condition reads, has no entry (it is 0).
     */
    Map<String, Value> history() {
        Map<String, Value> out = new LinkedHashMap<>();
        attributes.forEach((path, value) -> {
            if (RequestSpace.isHistory(path)) {
                out.put(path, value);
            }
        });
        return out;
    }

    ConcreteRequest with(String path, Value value) {
        Map<String, Value> changed = new LinkedHashMap<>(attributes);
        changed.put(path, value);
        return new ConcreteRequest(action, agent, changed, objects, lists);
    }

    ObjectNode toJson(ZoneId zone) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode();
        node.put("agent", agent);
        node.put("action", action);
        ObjectNode request = node.putObject("request");
        ObjectNode context = node.putObject("context");
        Map<String, ObjectNode> holders = new HashMap<>();
        holders.put("", request);
        objects.stream()
                .sorted(Comparator.comparingLong(
                        path -> path.chars().filter(c -> c == '.').count()))
                .forEach(path -> holders.put(path, holder(holders, path).putObject(leaf(path))));
        attributes.forEach((path, value) -> {
            if (path.startsWith(Scope.REQUEST.keyword() + ".")) {
                String name = path.substring(8);
                holder(holders, name).set(leaf(name), JsonValues.of(value));
            } else if (path.startsWith(Scope.CONTEXT.keyword() + ".")) {
                context.set(path.substring(8), JsonValues.of(value));
            } else if (path.equals(SESSION)) {
                node.set(SESSION, JsonValues.of(value));
            }
        });
        lists.forEach((path, elements) -> {
            String name = path.substring(Scope.REQUEST.keyword().length() + 1);
            ArrayNode array = holder(holders, name).putArray(leaf(name));
            for (Object e : elements) {
                if (e instanceof Value v) {
                    array.add(JsonValues.of(v));
                } else {
                    ObjectNode object = array.addObject();
                    ((Map<?, ?>) e).forEach((k, v) -> object.set((String) k, JsonValues.of((Value) v)));
                }
            }
        });
        node.put("time", instant(zone));
        ArrayNode chain = node.putArray("chain");
        chain.add(agent);
        return node;
    }

    /** The JSON object that holds the argument at {@code path}: the request's, or an object's. */
    private static ObjectNode holder(Map<String, ObjectNode> holders, String path) {
        String parent = ObjectParameter.parent(path);
        return holders.get(parent == null ? "" : parent);
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /**
     * This request with its local date and minute of the day replaced, and every {@code time.*}
     * attribute it carries read anew from them, as the runtime would.
     */
    ConcreteRequest withLocalTime(LocalDate date, long minuteOfDay) {
        long localSecond = date.toEpochDay() * 86_400L + minuteOfDay * 60L;
        Map<String, Value> changed = new LinkedHashMap<>(attributes);
        for (TimeAttribute t : TimeAttribute.values()) {
            changed.computeIfPresent(
                    Scope.TIME.keyword() + "." + t.attributeName(), (path, old) -> t.value(localSecond));
        }
        return new ConcreteRequest(action, agent, changed, objects, lists);
    }

    LocalDate date() {
        return ((Value.DateValue) attributes.get(DATE)).value();
    }

    long minuteOfDay() {
        return ((Value.IntValue) attributes.get(OF_DAY)).value();
    }

    /**
     * The instant of the local date and time in the zone: the earlier one where a DST change
     * repeats it. A time the change skips has none; it is given as the instant just after the
     * gap, which the runtime reads differently, so the witness fails its confirmation rather
     * than shows a request it does not describe.
     */
    private String instant(ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date(), LocalTime.ofSecondOfDay(minuteOfDay() * 60L));
        return ZonedDateTime.ofLocal(local, zone, null).toInstant().toString();
    }
}
