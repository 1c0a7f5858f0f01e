package dev.charter.runtime;

import dev.charter.runtime.ir.TimeAttribute;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;

/**
 * Everything one action needs to decide a request, resolved once per program: its parameters'
 * slots and type readers, which context attributes and whether the time its rules read (so they
 * must be present), and its candidate rules in resolution order (priority descending, then
 * declaration order).
 */
final class ActionPlan {

    /** The context attributes of the schema, shared by every action. */
    record ContextSlots(String[] names, int[] slots, TypedReader[] readers) {}

    final int id;
    final String name;
    private final ArgumentBinder arguments;
    private final ContextSlots context;
    private final boolean[] contextRequired;
    private final boolean needsTime;
    private final RuleIndex index;
    private final CandidateOrder all;
    private final CandidateOrder[] pieces;

    ActionPlan(
            int id,
            String name,
            ArgumentBinder arguments,
            ContextSlots context,
            boolean[] contextRequired,
            boolean needsTime,
            RuleIndex index,
            RulePlan[] plans) {
        this.id = id;
        this.name = name;
        this.arguments = arguments;
        this.context = context;
        this.contextRequired = contextRequired;
        this.needsTime = needsTime;
        this.index = index;
        this.all = CandidateOrder.of(index.all(), plans);
        int[][] lists = index.pieces();
        this.pieces = new CandidateOrder[lists.length];
        for (int k = 0; k < lists.length; k++) {
            pieces[k] = CandidateOrder.of(lists[k], plans);
        }
    }

    /** Every rule of the action, in resolution order. */
    CandidateOrder all() {
        return all;
    }

    /** The candidate rules for the request bound in {@code f}, in resolution order. */
    CandidateOrder candidates(Frame f) {
        int k = index.pieceOf(f);
        return k < 0 ? all : pieces[k];
    }

    /**
     * Checks the request against the schema and puts its attributes into their slots.
     *
     * <p>The arguments are bound by the action's {@link ArgumentBinder}, which descends into
     * object parameters.
     *
     * @throws EvaluationFailure for a missing, ill-typed or undeclared attribute or a chain that
     *         does not end with the agent
     */
    void bind(Request request, Frame f, ZoneRules zone, SlotLayout layout) {
        arguments.bind(request.parameters(), f);
        Map<String, Object> ctx = request.context();
        int found = bindAll(ctx, context.names, context.slots, context.readers, contextRequired, "context.", f);
        if (found != ctx.size()) {
            throw undeclared(ctx, List.of(context.names), "context.", "the context");
        }
        if (needsTime) {
            Instant time = request.time();
            if (time == null) {
                throw new EvaluationFailure(
                        ReasonCode.MISSING_ATTRIBUTE,
                        "time is missing; a rule for " + name + " reads a time attribute");
            }
            long local = TimeAttribute.localSecond(time, zone);
            if (!TimeAttribute.hasDate(local)) {
                throw new EvaluationFailure(
                        ReasonCode.MALFORMED_REQUEST,
                        "time " + time + " has no calendar date in the constitution's timezone");
            }
            LocalDate date = TimeAttribute.localDate(local);
            for (TimeAttribute t : TimeAttribute.values()) {
                f.slots[layout.time(t)] = t.read(local, date);
            }
        }
        List<String> chain = request.chain();
        if (!chain.isEmpty() && !chain.get(chain.size() - 1).equals(request.agent())) {
            throw new EvaluationFailure(
                    ReasonCode.MALFORMED_REQUEST,
                    "the delegation chain " + chain + " does not end with the acting agent " + request.agent());
        }
    }

    /** Binds the given context attributes that {@code names} declares and counts them; none is ever null. */
    private static int bindAll(
            Map<String, Object> given,
            String[] names,
            int[] slots,
            TypedReader[] readers,
            boolean[] required,
            String scope,
            Frame f) {
        int found = 0;
        for (int i = 0; i < names.length; i++) {
            Object raw = given.get(names[i]);
            if (raw == null) {
                if (required == null || required[i]) {
                    throw new EvaluationFailure(ReasonCode.MISSING_ATTRIBUTE, scope + names[i] + " is missing");
                }
                continue;
            }
            Object form = readers[i].read(raw);
            if (form == null) {
                throw new EvaluationFailure(
                        ReasonCode.ILL_TYPED_ATTRIBUTE,
                        scope + names[i] + ": " + RawJson.toNode(raw) + " is not " + readers[i].type.withArticle());
            }
            f.slots[slots[i]] = form;
            found++;
        }
        return found;
    }

    static EvaluationFailure undeclared(Map<String, Object> given, List<String> declared, String scope, String owner) {
        String extra = given.keySet().stream()
                .filter(k -> !declared.contains(k))
                .sorted()
                .findFirst()
                .orElse("?");
        return new EvaluationFailure(ReasonCode.UNDECLARED_ATTRIBUTE, scope + extra + " is not declared by " + owner);
    }
}
