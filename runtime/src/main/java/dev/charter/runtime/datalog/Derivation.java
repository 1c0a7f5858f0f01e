package dev.charter.runtime.datalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.json.CanonicalWriter;
import dev.charter.runtime.json.CanonicalWriter.Name;
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
        ELIDED;

        private final String keyword = name().toLowerCase(Locale.ROOT);

        /** The kind as a proof's {@code by} member names it. */
        public String keyword() {
            return keyword;
        }
    }

    // The members of writeJson(), in RFC 8785 order.
    private static final Name ABSENT = Name.of("absent");
    private static final Name AT = Name.of("at");
    private static final Name BY = Name.of("by");
    private static final Name CLAUSE = Name.of("clause");
    private static final Name FACT = Name.of("fact");
    private static final Name FROM = Name.of("from");

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
        return CanonicalJson.tree(CanonicalWriter.render(this::writeJson));
    }

    /**
     * Writes {@link #toJsonTree()}'s canonical form without building it. The members are fixed,
     * so they are written in their RFC 8785 order: {@code absent}, {@code at}, {@code by},
     * {@code clause}, {@code fact}, {@code from}.
     */
    public void writeJson(CanonicalWriter out) {
        boolean proved = kind == Kind.CLAUSE;
        out.beginObject();
        if (proved && !absent.isEmpty()) {
            out.name(ABSENT).beginArray();
            for (Fact a : absent) {
                out.string(a.toString());
            }
            out.endArray();
        }
        if (clause != null) {
            out.name(AT).string(clause.span().toString());
        }
        out.name(BY).string(kind.keyword());
        if (clause != null) {
            out.name(CLAUSE).string(ClauseText.of(clause));
        }
        out.name(FACT).string(fact.toString());
        if (proved) {
            out.name(FROM).beginArray();
            for (Derivation premise : premises) {
                premise.writeJson(out);
            }
            out.endArray();
        }
        out.endObject();
    }
}
