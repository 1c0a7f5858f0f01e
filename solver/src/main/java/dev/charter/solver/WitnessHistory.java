package dev.charter.solver;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.FixedHistory;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Value;
import java.util.Map;

/**
 * The history of a witness, each count and sum by its text as {@link ConcreteRequest#history}
 * holds it: as the reader the runtime decides the witness with, and as the witness shows it.
 */
final class WitnessHistory {

    private WitnessHistory() {}

    /**
     * The fixed history of {@code program}'s queries with the witness's values: a query's count
     * is the value of its count's text, its sum that of its sum's text; what the witness does not
     * hold is 0.
     */
    static FixedHistory reader(Program program, Map<String, Value> history) {
        FixedHistory.Builder builder = FixedHistory.builder(program);
        for (HistoryQuery query : program.historyQueries()) {
            Value count = history.get(query.counted().text(Expr.HistoryAggregate.COUNT));
            if (count != null) {
                builder.count(query, ((Value.IntValue) count).value());
            }
            if (query.summed().isPresent()) {
                Value sum = history.get(query.text(Expr.HistoryAggregate.SUM));
                if (sum instanceof Value.IntValue i) {
                    builder.sum(query, i.value());
                } else if (sum instanceof Value.DecimalValue d) {
                    builder.sum(query, d.value());
                }
            }
        }
        return builder.build();
    }

    /** {@code {"count(...)": 5, "sum(...)": "380.5"}}, as request values are written; null when there is none. */
    static ObjectNode json(Map<String, Value> history) {
        if (history.isEmpty()) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        history.forEach((text, value) -> node.set(text, JsonValues.of(value)));
        return node;
    }
}
