package dev.charter.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.Decision;
import dev.charter.runtime.json.CanonicalJson;

/**
 * {@code eval --explain}'s JSON: the decision's canonical JSON with one more member,
 * {@code explanation} ({@link Decision#explain()}, docs/requests.md "Why not"), still canonical.
 * Only the printed form has it: a ledger records the decision's own JSON.
 */
final class ExplainedDecision {

    private ExplainedDecision() {}

    static String json(Decision decision) {
        ObjectNode tree = decision.toJsonTree();
        tree.set("explanation", decision.explain().toJsonTree());
        return CanonicalJson.string(tree);
    }
}
