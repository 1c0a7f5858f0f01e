package dev.charter.proofs.generators;

import dev.charter.runtime.Request;
import dev.charter.runtime.ir.TimeAttribute;
import dev.charter.runtime.ir.Value;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;

/**
 * A value the request generators must produce for one attribute of one action because a
 * condition singles it out: a threshold or one of its neighbours (±1, ± the smallest decimal
 * step), an enum or string constant, or a string with a constant as prefix, suffix or infix.
 *
 * @param path  the attribute, as in the language ({@code request.amount}, {@code time.hour})
 * @param value the value itself, or the fragment a prefix/suffix/infix target contains
 */
public record BiasTarget(String action, String path, Value value, Kind kind) {

    /** How a generated value meets the target. */
    public enum Kind {
        EXACT,
        PREFIX,
        SUFFIX,
        INFIX
    }

    /** Whether this request carries a value that meets the target; time is read in {@code zone}. */
    public boolean reachedBy(Request request, ZoneId zone) {
        if (!request.action().equals(action)) {
            return false;
        }
        Object raw = raw(request, zone);
        if (raw == null) {
            return false;
        }
        if (kind != Kind.EXACT) {
            String text = raw.toString();
            String fragment = value.toString();
            return kind == Kind.PREFIX
                    ? text.startsWith(fragment)
                    : kind == Kind.SUFFIX ? text.endsWith(fragment) : text.contains(fragment);
        }
        if (raw instanceof BigDecimal number) {
            boolean numeric = value instanceof Value.IntValue || value instanceof Value.DecimalValue;
            return numeric && number.compareTo(new BigDecimal(value.toString())) == 0;
        }
        return raw.toString().equals(value.toString());
    }

    private Object raw(Request request, ZoneId zone) {
        if (path.startsWith("time.")) {
            Value value = TimeAttribute.named(path.substring(5))
                    .orElseThrow()
                    .value(TimeAttribute.localSecond(request.time(), zone.getRules()));
            return value instanceof Value.IntValue i ? BigDecimal.valueOf(i.value()) : value.toString();
        }
        int dot = path.indexOf('.');
        Map<String, Object> scope = path.startsWith("request.") ? request.parameters() : request.context();
        return scope.get(path.substring(dot + 1));
    }

    @Override
    public String toString() {
        String shown = switch (kind) {
            case EXACT -> "== " + value;
            case PREFIX -> "starts with \"" + value + "\"";
            case SUFFIX -> "ends with \"" + value + "\"";
            case INFIX -> "contains \"" + value + "\"";
        };
        return action + ": " + path + " " + shown;
    }
}
