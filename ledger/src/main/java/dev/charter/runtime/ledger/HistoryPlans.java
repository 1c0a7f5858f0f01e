package dev.charter.runtime.ledger;

import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.ValueType;
import dev.charter.runtime.ledger.history.Attribute;
import dev.charter.runtime.ledger.history.HistoryPlan;
import dev.charter.runtime.ledger.history.HistoryQuerySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The history plan of a program: its {@link Program#historyQueries()}, in order (so that query
 * {@code q} of the plan is the engine's query index {@code q}), as the ledger's index reads them.
 */
final class HistoryPlans {

    private HistoryPlans() {}

    /** The plan of {@code program}'s history queries; null when it reads no history (or there is no program). */
    static HistoryPlan of(Program program) {
        if (program == null || program.historyQueries().isEmpty()) {
            return null;
        }
        List<HistoryQuerySpec> specs = new ArrayList<>();
        for (HistoryQuery query : program.historyQueries()) {
            specs.add(spec(query));
        }
        return new HistoryPlan(specs);
    }

    static HistoryQuerySpec spec(HistoryQuery query) {
        List<Attribute> sameAs = new ArrayList<>();
        for (HistoryQuery.Match match : query.matches()) {
            sameAs.add(
                    match instanceof HistoryQuery.Match.SameParameter parameter
                            ? new Attribute("request." + parameter.path(), type(parameter.type()))
                            : Attribute.value(match.text()));
        }
        long window = query.window() instanceof HistoryQuery.Window.Within within ? within.minutes() : 0;
        Attribute summed = query.summed()
                .map(s -> new Attribute("request." + s.path(), type(s.type())))
                .orElse(null);
        HistoryQuerySpec.EffectFilter effect = query.effect() == HistoryQuery.EffectFilter.PERMITTED
                ? HistoryQuerySpec.EffectFilter.PERMITTED
                : HistoryQuerySpec.EffectFilter.ANY;
        return new HistoryQuerySpec(query.actions(), effect, sameAs, window, summed);
    }

    private static Attribute.Type type(ValueType type) {
        if (type == PrimitiveType.INT) {
            return Attribute.Type.INT;
        }
        return type == PrimitiveType.DECIMAL ? Attribute.Type.DECIMAL : Attribute.Type.VALUE;
    }
}
