package dev.charter.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.datalog.Database;
import dev.charter.runtime.datalog.Derivation;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.json.CanonicalJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a decision was reached: every rule that matched with its priority, the attribute values
 * the conditions read, each Datalog atom the deciding conditions checked with the proof of those
 * that hold (which snapshot facts and clauses proved {@code may("bot-7", initiate_payment)}),
 * the bundle and snapshot digests, and the request's agent, action and time.
 *
 * <p>A decision records only indices and handles on its hot path; the lists below are built
 * when first asked for, from immutable state, so a trace stays valid after the engine moves on to
 * another snapshot.
 */
public final class Trace {

    /** A rule whose condition held for the request. */
    public record MatchedRule(String rule, Effect effect, long priority, String route) {
    }

    /**
     * A Datalog atom a condition checked: the rule, the atom with the request's values, whether it
     * holds, and when it does, its proof.
     */
    public record AtomCheck(String rule, String atom, boolean holds, Derivation proof) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final int MAX_ATOMS = 64;

    private final String bundleDigest;
    private final String snapshotDigest;
    private final Request request;
    private final DecisionPlan plan;
    private final Frame frame;
    private final Database database;
    private final int[] matched;
    private final int[] deciding;
    private final boolean allAtoms;

    Trace(String bundleDigest, String snapshotDigest, Request request, DecisionPlan plan, Frame frame,
            Database database, int[] matched, int[] deciding, boolean allAtoms) {
        this.bundleDigest = bundleDigest;
        this.snapshotDigest = snapshotDigest;
        this.request = request;
        this.plan = plan;
        this.frame = frame;
        this.database = database;
        this.matched = matched;
        this.deciding = deciding;
        this.allAtoms = allAtoms;
    }

    /** A trace of a decision reached without evaluating any rule. */
    static Trace bare(String bundleDigest, String snapshotDigest, Request request) {
        return new Trace(bundleDigest, snapshotDigest, request, null, null, null, new int[0], new int[0], false);
    }

    /** The bundle's digest; {@code unsigned} for an engine built from a program, {@code none} without one. */
    public String bundleDigest() {
        return bundleDigest;
    }

    /** The attached fact snapshot's digest; null when the engine had none. */
    public String snapshotDigest() {
        return snapshotDigest;
    }

    /** The request's agent, null when it named none. */
    public String agent() {
        return request == null ? null : request.agent();
    }

    public String action() {
        return request == null ? null : request.action();
    }

    /** The request's time, recorded so that a replay is exact; null when not given. */
    public Instant time() {
        return request == null ? null : request.time();
    }

    /** Every rule that matched, highest priority first. */
    public List<MatchedRule> matched() {
        List<MatchedRule> out = new ArrayList<>(matched.length);
        for (int r : matched) {
            DecisionRule rule = plan.rules[r].rule();
            out.add(new MatchedRule(rule.name(), rule.effect(), rule.priority(), rule.route()));
        }
        return out;
    }

    /**
     * The attribute values the conditions read, by path ({@code request.amount}, {@code time.hour}),
     * as {@code Long}, {@code BigDecimal}, {@code Boolean}, {@code LocalDate} or {@code String}.
     */
    public Map<String, Object> attributes() {
        Map<String, Object> out = new TreeMap<>();
        if (frame != null) {
            for (int slot = 0; slot < frame.read.length; slot++) {
                if (frame.read[slot]) {
                    out.put(plan.layout.path(slot), frame.slots[slot]);
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The Datalog atoms the deciding rules' conditions checked, in evaluation order; when no rule
     * decided, those every evaluated rule checked (they tell why none matched). At most
     * {@value #MAX_ATOMS}.
     */
    public List<AtomCheck> atoms() {
        List<AtomCheck> out = new ArrayList<>();
        if (frame == null) {
            return out;
        }
        for (int i = 0; i < frame.atomCount && out.size() < MAX_ATOMS; i++) {
            int rule = frame.atomRules[i];
            if (!allAtoms && !contains(deciding, rule)) {
                continue;
            }
            int handle = frame.atomHandles[i];
            out.add(new AtomCheck(plan.rules[rule].rule().name(), plan.sites.get(frame.atomSites[i]).render(
                    frame.atomKeys[i]), handle >= 0, handle >= 0 ? database.derivation(handle) : null));
        }
        return out;
    }

    private static boolean contains(int[] rules, int rule) {
        for (int r : rules) {
            if (r == rule) {
                return true;
            }
        }
        return false;
    }

    /** The trace as JSON, as a fresh tree. */
    public ObjectNode toJsonTree() {
        ObjectNode root = NODES.objectNode();
        root.put("bundle", bundleDigest);
        putNullable(root, "snapshot", snapshotDigest);
        putNullable(root, "agent", agent());
        putNullable(root, "action", action());
        putNullable(root, "time", time() == null ? null : time().toString());
        ArrayNode rules = root.putArray("matched");
        for (MatchedRule m : matched()) {
            ObjectNode o = rules.addObject().put("rule", m.rule()).put("effect", m.effect().keyword())
                    .put("priority", m.priority());
            if (m.route() != null) {
                o.put("route", m.route());
            }
        }
        ObjectNode attributes = root.putObject("attributes");
        attributes().forEach((path, value) -> attributes.set(path, formJson(value)));
        ArrayNode atoms = root.putArray("derivations");
        for (AtomCheck a : atoms()) {
            ObjectNode o = atoms.addObject().put("rule", a.rule()).put("atom", a.atom()).put("holds", a.holds());
            if (a.proof() != null) {
                o.set("proof", a.proof().toJsonTree());
            }
        }
        return root;
    }

    /** {@link #toJsonTree()} as canonical (RFC 8785) JSON. */
    public String toJson() {
        return CanonicalJson.string(toJsonTree());
    }

    private static void putNullable(ObjectNode o, String key, String value) {
        if (value == null) {
            o.putNull(key);
        } else {
            o.put(key, value);
        }
    }

    /** An evaluation form as JSON: exact numbers stay numbers only when a double holds them. */
    private static JsonNode formJson(Object form) {
        if (form instanceof Long l) {
            BigDecimal d = BigDecimal.valueOf(l);
            return CanonicalJson.isExactNumber(d) ? NODES.numberNode(l) : NODES.textNode(l.toString());
        }
        if (form instanceof BigDecimal d) {
            return NODES.textNode(d.toPlainString());
        }
        if (form instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return NODES.textNode(form.toString());
    }
}
