package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Expr.Scope;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.Value;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request read back from a model: every attribute has a value. It prints in the request JSON
 * format of docs/requests.md; {@code time} is an instant whose hour and weekday in the
 * constitution's timezone are the ones the solver chose.
 *
 * @param attributes values by path ({@code request.amount}, {@code context.x}, {@code time.hour}, {@code time.weekday})
 */
record ConcreteRequest(String action, String agent, Map<String, Value> attributes) {

    /** The first week of 2026 starts on Monday 5 January: a calm week, far from DST changes in most zones. */
    private static final LocalDate REFERENCE_MONDAY = LocalDate.of(2026, 1, 5);

    ConcreteRequest {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    Value value(String path) {
        return attributes.get(path);
    }

    ConcreteRequest with(String path, Value value) {
        Map<String, Value> changed = new LinkedHashMap<>(attributes);
        changed.put(path, value);
        return new ConcreteRequest(action, agent, changed);
    }

    ObjectNode toJson(ZoneId zone) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode();
        node.put("agent", agent);
        node.put("action", action);
        ObjectNode request = node.putObject("request");
        ObjectNode context = node.putObject("context");
        attributes.forEach((path, value) -> {
            if (path.startsWith(Scope.REQUEST.keyword() + ".")) {
                request.set(path.substring(8), JsonValues.of(value));
            } else if (path.startsWith(Scope.CONTEXT.keyword() + ".")) {
                context.set(path.substring(8), JsonValues.of(value));
            }
        });
        node.put("time", instant(zone));
        ArrayNode chain = node.putArray("chain");
        chain.add(agent);
        return node;
    }

    private String instant(ZoneId zone) {
        int hour = (int) ((Value.IntValue) attributes.get("time.hour")).value();
        String weekday = attributes.get("time.weekday").toString();
        DayOfWeek day = DayOfWeek.of(Schema.WEEKDAYS.indexOf(weekday) + 1);
        LocalDate date = REFERENCE_MONDAY.with(TemporalAdjusters.nextOrSame(day));
        for (int week = 0; week < 53; week++) {
            ZonedDateTime at = ZonedDateTime.of(LocalDateTime.of(date.plusWeeks(week), LocalTime.of(hour, 0)), zone);
            if (at.getHour() == hour && at.getDayOfWeek() == day) {
                return at.toInstant().toString();
            }
        }
        throw new IllegalStateException("no instant has hour " + hour + " on " + weekday + " in " + zone);
    }
}
