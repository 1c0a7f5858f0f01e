package dev.charter.proofs.cases;

import dev.charter.runtime.ir.Effect;
import java.util.ArrayList;
import java.util.HashSet;
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

    /**
     * Compares the stated parts with a decision; empty when the decision meets the expectation.
     * Deciding rules compare as sets: equal-priority winners have no meaningful order.
     */
    public List<Mismatch> mismatches(ActualDecision actual) {
        List<Mismatch> found = new ArrayList<>();
        if (effect != actual.effect()) {
            found.add(new Mismatch("decision", effect.keyword(), actual.effect().keyword()));
        }
        if (route.isPresent() && !route.equals(actual.route())) {
            found.add(new Mismatch("route", route.get(), actual.route().orElse("(none)")));
        }
        if (!rules.isEmpty() && !new HashSet<>(rules).equals(new HashSet<>(actual.rules()))) {
            found.add(new Mismatch(
                    "rule",
                    String.join(", ", rules),
                    actual.rules().isEmpty() ? "(none)" : String.join(", ", actual.rules())));
        }
        if (reason.isPresent() && !reason.equals(actual.reason())) {
            found.add(new Mismatch("reason", reason.get(), actual.reason().orElse("(none)")));
        }
        if (reasonCode.isPresent() && !reasonCode.get().equals(actual.reasonCode())) {
            found.add(new Mismatch("code", reasonCode.get(), actual.reasonCode()));
        }
        return found;
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
