package dev.charter.proofs.cases;

import dev.charter.runtime.ir.Effect;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a runtime decision a test can state, plus the decision's full JSON (with its
 * trace) for failure reports.
 *
 * @param reasonCode the reason code in lower case, as tests write it
 */
public record ActualDecision(
        Effect effect,
        Optional<String> route,
        List<String> rules,
        Optional<String> reason,
        String reasonCode,
        String json) {

    public ActualDecision {
        rules = List.copyOf(rules);
    }

    /** The decision in the syntax of an {@code expect} line, stating every part. */
    public String describe() {
        return new Expectation(effect, route, rules, reason, Optional.of(reasonCode)).toString();
    }
}
