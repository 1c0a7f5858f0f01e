package dev.charter.solver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.charter.runtime.ir.Value;

/** Language values as request and fact-snapshot JSON: numbers for ints, strings for exact decimals, dates, enums and actions. */
final class JsonValues {

    private JsonValues() {}

    static JsonNode of(Value value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (value instanceof Value.BoolValue b) {
            return json.booleanNode(b.value());
        }
        if (value instanceof Value.IntValue i) {
            return json.numberNode(i.value());
        }
        return json.textNode(value.toString());
    }

    /**
     * Whether the value has a JSON form the runtime accepts: a string with an unpaired surrogate
     * (a code point Z3 may choose) has none, so no request or snapshot can carry it.
     */
    static boolean carriable(Value value) {
        if (!(value instanceof Value.StringValue s)) {
            return true;
        }
        String text = s.value();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return false;
            }
        }
        return true;
    }
}
