package dev.charter.solver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.charter.runtime.ir.Value;

/** Language values as request and fact-snapshot JSON: numbers for ints, strings for exact decimals, dates, enums and actions. */
final class JsonValues {

    private JsonValues() {
    }

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
}
