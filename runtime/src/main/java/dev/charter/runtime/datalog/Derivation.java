package dev.charter.runtime.datalog;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Clause;
import java.util.List;
import java.util.Locale;

/**
 * Why a fact holds: it came from the fact snapshot, it is a fact written in the constitution, or
 * a clause proved it from premises (each with its own derivation) and from the absence of the
 * facts its negated literals name. Proofs are the first ones found, which semi-naive evaluation
 * finds in the fewest rounds; a proof too large for a trace ends in {@link Kind#ELIDED} nodes.
 *
 * @param clause the constitution fact or the clause that proved {@code fact}; null for
 *               {@link Kind#SNAPSHOT} and {@link Kind#ELIDED}
 */
public record Derivation(Fact fact, Kind kind, Clause clause, List<Derivation> premises, List<Fact> absent) {

    public enum Kind {
        /** Supplied by the host in the fact snapshot. */
        SNAPSHOT,
        /** Written as a fact in the constitution. */
        CONSTITUTION,
        /** Proved by a clause. */
        CLAUSE,
        /** Holds, but its proof was cut to keep the trace bounded. */
        ELIDED
    }

    public Derivation {
        premises = List.copyOf(premises);
        absent = List.copyOf(absent);
    }

    /**
     * The proof as JSON, as a fresh tree: {@code fact}, {@code by} ({@code snapshot},
     * {@code constitution}, {@code clause} or {@code elided}), and for clauses and constitution
     * facts the clause's text and source position ({@code clause}, {@code at}), the premises'
     * proofs ({@code from}) and the facts required absent ({@code absent}).
     */
    public ObjectNode toJsonTree() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("fact", fact.toString());
        node.put("by", kind.name().toLowerCase(Locale.ROOT));
        if (clause != null) {
            node.put("clause", ClauseText.of(clause));
            node.put("at", clause.span().toString());
        }
        if (kind == Kind.CLAUSE) {
            ArrayNode from = node.putArray("from");
            premises.forEach(p -> from.add(p.toJsonTree()));
            if (!absent.isEmpty()) {
                ArrayNode none = node.putArray("absent");
                absent.forEach(a -> none.add(a.toString()));
            }
        }
        return node;
    }
}
