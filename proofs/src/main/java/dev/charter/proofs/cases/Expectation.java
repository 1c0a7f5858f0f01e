package dev.charter.proofs.cases;

import dev.charter.runtime.ir.Effect;
import java.util.List;
import java.util.Optional;

/**
 * What a test expects of one decision: the effect always; the route, the deciding rules, the
 * reason and the reason code only when the test states them. A test that leaves something out
 * does not care about it.
 *
 * @param rules      the deciding rules, in any order; empty when not stated
 * @param reasonCode the decision's reason code in lower case ({@code default},
 *                   {@code missing_attribute}, ...)
 */
public record Expectation(
        Effect effect,
        Optional<String> route,
        List<String> rules,
        Optional<String> reason,
        Optional<String> reasonCode) {

    public Expectation {
        rules = List.copyOf(rules);
    }

    /** The expectation as it is written in a test file, e.g. {@code escalate to "ops" by big}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(effect.keyword());
        route.ifPresent(r -> text.append(" to \"").append(r).append('"'));
        if (!rules.isEmpty()) {
            text.append(" by ").append(String.join(", ", rules));
        }
        reason.ifPresent(r -> text.append(" because \"").append(r).append('"'));
        reasonCode.ifPresent(c -> text.append(" code ").append(c));
        return text.toString();
    }
}
