package dev.charter.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.datalog.Database;
import dev.charter.runtime.datalog.Derivation;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.json.CanonicalWriter;
import dev.charter.runtime.json.CanonicalWriter.Name;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a decision was reached: the rules that matched with their priorities, the attribute values
 * the conditions read, each Datalog atom the deciding conditions checked with the proof of those
 * that hold (which snapshot facts and clauses proved {@code may("bot-7", initiate_payment)}),
 * the bundle and snapshot digests, and the request's agent, action and time.
 *
 * <p>Two forms. A summary (the default) comes from a decision that stopped evaluating once it
 * was settled ({@link RuleWalk}): it lists the matching rules among those evaluated — the deciding
 * rules and, for each other effect, the highest-priority matching rule the decision overrode — and
 * counts, per effect, the candidate rules that were not evaluated (they may or may not match;
 * rules the index ruled out are not candidates and not counted). An explained trace (the request
 * asked for it, {@link Request#explain()}) comes from evaluating every candidate: it lists every
 * matching rule, and nothing is left unevaluated. {@link #explained()} says which form it is.
 *
 * <p>A decision records only indices and handles on its hot path; the lists below are built
 * when first asked for, from immutable state, so a trace stays valid after the engine moves on to
 * another snapshot.
 */
public final class Trace {

    /** A rule whose condition held for the request. */
    public record MatchedRule(String rule, Effect effect, long priority, String route) {}

    /**
     * A Datalog atom a condition checked: the rule, the atom with the request's values, whether it
     * holds, and when it does, its proof.
     */
    public record AtomCheck(String rule, String atom, boolean holds, Derivation proof) {}

    /**
     * A history aggregate a condition read: the rule, the term as written
     * ({@code count(permitted refund, same agent, within 1 hour)}) and the value the history gave
     * ({@code Long}, {@code BigDecimal} or {@code Boolean}).
     */
    public record HistoryRead(String rule, String term, Object value) {}

    private static final int MAX_ATOMS = 64;

    /** The effects in the RFC 8785 order of their keywords: deny, escalate, permit. */
    private static final Effect[] EFFECTS_BY_KEYWORD = Arrays.stream(Effect.values())
            .sorted(Comparator.comparing(Effect::keyword))
            .toArray(Effect[]::new);

    // The members of writeJson(), in RFC 8785 order.
    private static final Name ACTION = Name.of("action");
    private static final Name AGENT = Name.of("agent");
    private static final Name ATTRIBUTES = Name.of("attributes");
    private static final Name BUNDLE = Name.of("bundle");
    private static final Name DERIVATIONS = Name.of("derivations");
    private static final Name EXPLAINED = Name.of("explained");
    private static final Name HISTORY = Name.of("history");
    private static final Name MATCHED = Name.of("matched");
    private static final Name SNAPSHOT = Name.of("snapshot");
    private static final Name TIME = Name.of("time");
    private static final Name UNEVALUATED = Name.of("unevaluated");

    // A matched rule's, in RFC 8785 order.
    private static final Name EFFECT = Name.of("effect");
    private static final Name PRIORITY = Name.of("priority");
    private static final Name ROUTE = Name.of("route");
    private static final Name RULE = Name.of("rule");

    // A checked atom's, in RFC 8785 order, before RULE.
    private static final Name ATOM = Name.of("atom");
    private static final Name HOLDS = Name.of("holds");
    private static final Name PROOF = Name.of("proof");

    // A history read's, in RFC 8785 order.
    private static final Name TERM = Name.of("term");
    private static final Name VALUE = Name.of("value");

    private final String bundleDigest;
    private final String snapshotDigest;
    private final Request request;
    private final DecisionPlan plan;
    private final Frame frame;
    private final Database database;
    private final int[] matched;
    /** What the rule walk found; null when evaluation did not finish (a failure). */
    private final RuleWalk.Walked walked;

    private final int[] deciding;
    private final boolean allAtoms;

    /** @param walked what the rule walk found; null when the decision failed before it finished */
    Trace(
            String bundleDigest,
            String snapshotDigest,
            Request request,
            DecisionPlan plan,
            Frame frame,
            Database database,
            RuleWalk.Walked walked,
            int[] deciding,
            boolean allAtoms) {
        this.bundleDigest = bundleDigest;
        this.snapshotDigest = snapshotDigest;
        this.request = request;
        this.plan = plan;
        this.frame = frame;
        this.database = database;
        this.matched = walked == null ? new int[0] : walked.matched();
        this.walked = walked;
        this.deciding = deciding;
        this.allAtoms = allAtoms;
    }

    /** A trace of a decision reached without evaluating any rule. */
    static Trace bare(String bundleDigest, String snapshotDigest, Request request) {
        return new Trace(bundleDigest, snapshotDigest, request, null, null, null, null, new int[0], false);
    }

    /** The plan decided with; null for a bare trace. */
    DecisionPlan plan() {
        return plan;
    }

    /** The decision's frame; null for a bare trace. */
    Frame frame() {
        return frame;
    }

    /** The request decided; null when it could not be read. */
    Request request() {
        return request;
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

    /** Whether the request asked for an explanation, so that every candidate rule was evaluated. */
    public boolean explained() {
        return request != null && request.explain();
    }

    /**
     * The rules that were evaluated and matched, highest priority first: every matching rule when
     * {@link #explained()}; otherwise the deciding rules that were evaluated and, per effect they do
     * not have, the highest-priority matching rule they overrode (and any rule whose evaluation
     * could fail that matched). Empty when evaluation failed or nothing matched.
     */
    public List<MatchedRule> matched() {
        List<MatchedRule> out = new ArrayList<>(matched.length);
        for (int r : matched) {
            DecisionRule rule = plan.rules[r].rule();
            out.add(new MatchedRule(rule.name(), rule.effect(), rule.priority(), rule.route()));
        }
        return out;
    }

    /**
     * Per effect, how many of the action's candidate rules the decision did not evaluate; effects
     * with none are left out, so an explained trace's map is empty. Empty too when evaluation
     * failed (the decision names no rule then).
     */
    public Map<Effect, Integer> unevaluated() {
        Map<Effect, Integer> out = new EnumMap<>(Effect.class);
        if (walked != null) {
            for (Effect effect : Effect.values()) {
                if (walked.unevaluated(effect.ordinal()) > 0) {
                    out.put(effect, walked.unevaluated(effect.ordinal()));
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The attribute values the conditions read, by path ({@code request.amount}, {@code time.hour}),
     * as {@code Long}, {@code BigDecimal}, {@code Boolean}, {@code LocalDate} or {@code String};
     * {@code null} for an optional parameter the request left out (read by {@code != null}); a list
     * as a {@code List} of those (an element object as a {@code Map} of its members).
     */
    public Map<String, Object> attributes() {
        Map<String, Object> out = new TreeMap<>();
        if (frame != null) {
            for (int slot = 0; slot < frame.read.length; slot++) {
                if (frame.read[slot]) {
                    out.put(plan.layout.path(slot), publicForm(frame.slots[slot]));
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
        for (int i : reportedAtoms()) {
            int handle = frame.atomHandles[i];
            out.add(new AtomCheck(
                    atomRule(i), atomText(i), handle >= 0, handle >= 0 ? database.derivation(handle) : null));
        }
        return out;
    }

    /**
     * Every history aggregate the evaluated conditions read, in evaluation order, with its value:
     * what a decision over history depended on. Empty when no condition read history.
     */
    public List<HistoryRead> history() {
        List<HistoryRead> out = new ArrayList<>();
        for (int i = 0; frame != null && i < frame.historyCount(); i++) {
            out.add(new HistoryRead(historyRule(i), historyTerm(i), frame.historyReads.values[i]));
        }
        return out;
    }

    private String historyRule(int i) {
        return plan.rules[frame.historyReads.rules[i]].rule().name();
    }

    private String historyTerm(int i) {
        return plan.historySites.get(frame.historyReads.sites[i]).text();
    }

    /** The indices in the frame of the atoms {@link #atoms()} reports. */
    private int[] reportedAtoms() {
        if (frame == null) {
            return new int[0];
        }
        int[] out = new int[Math.min(frame.atomCount, MAX_ATOMS)];
        int n = 0;
        for (int i = 0; i < frame.atomCount && n < MAX_ATOMS; i++) {
            if (allAtoms || contains(deciding, frame.atomRules[i])) {
                out[n++] = i;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private String atomRule(int i) {
        return plan.rules[frame.atomRules[i]].rule().name();
    }

    private String atomText(int i) {
        return frame.atomText(i, plan.sites);
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
        return CanonicalJson.tree(toJson());
    }

    /** {@link #toJsonTree()} as canonical (RFC 8785) JSON. */
    public String toJson() {
        return CanonicalWriter.render(this::writeJson);
    }

    /**
     * Writes {@link #toJsonTree()}'s canonical form without building it. The trace's members are
     * fixed, so they are written in their RFC 8785 order: {@code action}, {@code agent},
     * {@code attributes}, {@code bundle}, {@code derivations}, {@code explained}, {@code history}
     * (only when a condition read history: each read's {@code rule}, {@code term}, {@code value}), {@code matched},
     * {@code snapshot}, {@code time}, {@code unevaluated} (only when evaluation finished: the
     * effects' keywords in order, each with its count, zero counts left out); a matched rule's are {@code effect}, {@code priority}, {@code route},
     * {@code rule}; a checked atom's are {@code atom}, {@code holds}, {@code proof}, {@code rule}.
     * Only the attribute paths come from the program, and are sorted.
     */
    void writeJson(CanonicalWriter out) {
        out.beginObject();
        out.name(ACTION).stringOrNull(action());
        out.name(AGENT).stringOrNull(agent());
        out.name(ATTRIBUTES).beginObject();
        if (frame != null) {
            for (int slot : readSlotsByPath()) {
                out.name(plan.layout.path(slot));
                writeForm(frame.slots[slot], out);
            }
        }
        out.endObject();
        out.name(BUNDLE).stringOrNull(bundleDigest);
        out.name(DERIVATIONS).beginArray();
        for (int i : reportedAtoms()) {
            int handle = frame.atomHandles[i];
            out.beginObject().name(ATOM).stringOrNull(atomText(i)).name(HOLDS).bool(handle >= 0);
            if (handle >= 0) {
                out.name(PROOF).canonical(database.proofJson(handle));
            }
            out.name(RULE).stringOrNull(atomRule(i)).endObject();
        }
        out.endArray();
        out.name(EXPLAINED).bool(explained());
        if (frame != null && frame.historyCount() > 0) {
            out.name(HISTORY).beginArray();
            for (int i = 0; i < frame.historyCount(); i++) {
                out.beginObject()
                        .name(RULE)
                        .stringOrNull(historyRule(i))
                        .name(TERM)
                        .string(historyTerm(i));
                out.name(VALUE);
                writeForm(frame.historyReads.values[i], out);
                out.endObject();
            }
            out.endArray();
        }
        out.name(MATCHED).beginArray();
        for (int r : matched) {
            DecisionRule rule = plan.rules[r].rule();
            out.beginObject()
                    .name(EFFECT)
                    .string(rule.effect().keyword())
                    .name(PRIORITY)
                    .number(rule.priority());
            if (rule.route() != null) {
                out.name(ROUTE).string(rule.route());
            }
            out.name(RULE).stringOrNull(rule.name()).endObject();
        }
        out.endArray();
        out.name(SNAPSHOT).stringOrNull(snapshotDigest);
        out.name(TIME).stringOrNull(time() == null ? null : time().toString());
        if (walked != null) {
            out.name(UNEVALUATED).beginObject();
            for (Effect effect : EFFECTS_BY_KEYWORD) {
                if (walked.unevaluated(effect.ordinal()) > 0) {
                    out.name(effect.keyword()).number(walked.unevaluated(effect.ordinal()));
                }
            }
            out.endObject();
        }
        out.endObject();
    }

    /** The slots the conditions read, in the order of their paths' UTF-16 code units (as a TreeMap orders them). */
    private int[] readSlotsByPath() {
        int[] slots = new int[frame.read.length];
        int n = 0;
        for (int slot = 0; slot < frame.read.length; slot++) {
            if (frame.read[slot]) {
                // Insertion sort: a condition reads a handful of attributes.
                String path = plan.layout.path(slot);
                int i = n++;
                while (i > 0 && plan.layout.path(slots[i - 1]).compareTo(path) > 0) {
                    slots[i] = slots[i - 1];
                    i--;
                }
                slots[i] = slot;
            }
        }
        return Arrays.copyOf(slots, n);
    }

    /**
     * An evaluation form as JSON, as the trace and the explanation write it: an int as its exact
     * number, a decimal as its plain digits in a string, an absent optional parameter as null, a
     * list as an array of its elements' forms.
     */
    /**
     * An evaluation form as the public API shows it: a list as an unmodifiable {@code List} of its
     * elements, an element object as an unmodifiable {@code Map} of its members present; any
     * other form as it is.
     */
    static Object publicForm(Object form) {
        if (form instanceof Object[] list) {
            List<Object> out = new ArrayList<>(list.length);
            for (Object element : list) {
                out.add(publicForm(element));
            }
            return Collections.unmodifiableList(out);
        }
        if (form instanceof RecordForm r) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            for (int i = 0; i < r.names.length; i++) {
                if (r.values[i] != null) {
                    out.put(r.names[i], r.values[i]);
                }
            }
            return Collections.unmodifiableMap(out);
        }
        return form;
    }

    static void writeForm(Object form, CanonicalWriter out) {
        if (form instanceof Object[] list) {
            out.beginArray();
            for (Object element : list) {
                writeForm(element, out);
            }
            out.endArray();
        } else if (form instanceof List<?> list) {
            writeForm(list.toArray(), out);
        } else if (form instanceof RecordForm r) {
            writeForm(publicForm(r), out);
        } else if (form instanceof Map<?, ?> members) {
            // Canonical JSON orders an object's members by name.
            out.beginObject();
            new TreeMap<>(members).forEach((name, value) -> {
                out.name((String) name);
                writeForm(value, out);
            });
            out.endObject();
        } else if (form == null) {
            // An optional parameter the request left out, read only by its presence test.
            out.nullValue();
        } else if (form instanceof Long l) {
            out.number(l);
        } else if (form instanceof BigDecimal d) {
            out.string(d.toPlainString());
        } else if (form instanceof Boolean b) {
            out.bool(b);
        } else {
            out.string(form.toString());
        }
    }
}
