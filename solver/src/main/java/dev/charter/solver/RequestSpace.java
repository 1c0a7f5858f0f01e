package dev.charter.solver;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.CharSort;
import com.microsoft.z3.ReExpr;
import com.microsoft.z3.SeqExpr;
import com.microsoft.z3.SeqSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Expr.Scope;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests for one action as Z3 constants: the agent, the action's parameters, the context,
 * {@code time.hour} and {@code time.weekday}. A constant is named by its path in the language
 * ({@code request.amount}), so two versions of a constitution analysed in one solver read the
 * same request.
 */
final class RequestSpace {

    /** One attribute a request carries, with its term. */
    record Slot(Scope scope, String name, ValueType type, Expr<?> term) {
        String path() {
            return scope == null ? name : scope.keyword() + "." + name;
        }

        boolean isOrdered() {
            return type == PrimitiveType.INT || type == PrimitiveType.DECIMAL || type == PrimitiveType.DATE;
        }
    }

    private final ValueCodec codec;
    private final ActionDecl action;
    private final Expr<?> agent;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<String, Membership> memberships = new LinkedHashMap<>();

    /** {@code term} in {@code language}, standing as the Boolean {@code holds}. */
    private record Membership(SeqExpr<CharSort> term, ReExpr<SeqSort<CharSort>> language, BoolExpr holds) {
    }

    RequestSpace(ValueCodec codec, Schema schema, ActionDecl action) {
        this.codec = codec;
        this.action = action;
        Context z3 = codec.z3();
        this.agent = z3.mkConst("agent", z3.getStringSort());
        for (Field p : action.parameters()) {
            add(Scope.REQUEST, p.name(), p.type());
        }
        for (Field c : schema.context()) {
            add(Scope.CONTEXT, c.name(), c.type());
        }
        add(Scope.TIME, "hour", PrimitiveType.INT);
        add(Scope.TIME, "weekday", EnumType.WEEKDAY);
    }

    private Slot add(Scope scope, String name, ValueType type) {
        Slot slot = new Slot(scope, name, type, codec.z3().mkConst(scope.keyword() + "." + name, codec.sort(type)));
        slots.put(key(scope, name), slot);
        return slot;
    }

    private static String key(Scope scope, String name) {
        return scope.keyword() + "." + name;
    }

    ActionDecl action() {
        return action;
    }

    Expr<?> agent() {
        return agent;
    }

    /**
     * The term of an attribute. An assertion may name a parameter this action does not declare;
     * it then reads an unconstrained constant of its own, so that a proof covers every value.
     */
    Expr<?> attribute(Scope scope, String name, ValueType type) {
        Slot slot = slots.get(key(scope, name));
        if (slot != null && slot.type().equals(type)) {
            return slot.term();
        }
        return codec.z3().mkConst(key(scope, name) + ":" + type.displayName() + ":undeclared", codec.sort(type));
    }

    /**
     * The Boolean standing for "{@code term} is in {@code language}". Every regular-language test
     * of a string ({@code matches}, and {@code starts_with}/{@code ends_with}/{@code contains}
     * against a constant) goes through here, so that {@link #regexConsistency()} can state them
     * all as one membership per string in an intersection — which Z3 decides at once, where
     * separate memberships of one string send it searching until the timeout.
     */
    BoolExpr membership(SeqExpr<CharSort> term, ReExpr<SeqSort<CharSort>> language) {
        String key = term + " in " + language;
        return memberships.computeIfAbsent(key, k -> new Membership(term, language,
                codec.z3().mkBoolConst("in." + term + "." + memberships.size()))).holds();
    }

    /** Each string lies in the intersection of the languages its tests hold for and the complements of the rest. */
    @SuppressWarnings("unchecked")
    BoolExpr regexConsistency() {
        Context z3 = codec.z3();
        Map<String, List<ReExpr<SeqSort<CharSort>>>> byTerm = new LinkedHashMap<>();
        Map<String, SeqExpr<CharSort>> terms = new LinkedHashMap<>();
        for (Membership m : memberships.values()) {
            ReExpr<SeqSort<CharSort>> either = (ReExpr<SeqSort<CharSort>>) z3.mkITE(m.holds(), m.language(), z3.mkComplement(m.language()));
            byTerm.computeIfAbsent(m.term().toString(), k -> new ArrayList<>()).add(either);
            terms.put(m.term().toString(), m.term());
        }
        List<BoolExpr> constraints = new ArrayList<>();
        byTerm.forEach((key, languages) -> constraints.add(z3.mkInRe(terms.get(key), languages.size() == 1
                ? languages.get(0) : z3.mkIntersect(languages.toArray(new ReExpr[0])))));
        return z3.mkAnd(constraints.toArray(new BoolExpr[0]));
    }

    /** The declared attributes, in request order: parameters, context, time. */
    List<Slot> slots() {
        return List.copyOf(slots.values());
    }

    /** What a well-typed request can hold: 64-bit ints, declared enum values, hours 0 to 23. */
    BoolExpr domain(Schema schema) {
        Context z3 = codec.z3();
        List<BoolExpr> constraints = new ArrayList<>();
        for (Slot slot : slots.values()) {
            constraints.add(codec.domain(slot.term(), slot.type(), schema));
        }
        ArithExpr<?> hour = (ArithExpr<?>) slots.get(key(Scope.TIME, "hour")).term();
        constraints.add(z3.mkAnd(z3.mkGe(hour, z3.mkInt(0)), z3.mkLe(hour, z3.mkInt(23))));
        return z3.mkAnd(constraints.toArray(new BoolExpr[0]));
    }
}
