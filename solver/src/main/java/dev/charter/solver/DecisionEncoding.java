package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.CharSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntSort;
import com.microsoft.z3.SeqSort;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The decision one program reaches on the requests of one action, as Z3 terms — resolution
 * exactly as the runtime performs it: among the matching rules the highest priority wins; if the
 * winners share one effect that is the decision (an escalation takes the route of the first
 * winner in declaration order), otherwise the {@code on conflict} outcome; no match, the
 * default; an evaluation error (int overflow, a history term without the value an equality
 * compares), DENY with the reason code of the first error in evaluation order.
 *
 * <p>Each rule's match is a named Boolean constant ({@code <prefix>match.<rule>}) defined once
 * in {@link #definitions()}; queries speak of rules by these constants, which keeps them small,
 * makes unsat cores name rules, and lets one solver hold two versions of a program. The same
 * resolution is also available over the rules' raw conditions ({@link #raw()}), for questions
 * about a request with one attribute changed.
 */
final class DecisionEncoding {

    private final Context z3;
    private final ValueCodec codec;
    private final Program program;
    private final List<DecisionRule> rules = new ArrayList<>();
    private final Map<String, BoolExpr> matches = new LinkedHashMap<>();
    private final Map<String, BoolExpr> conditions = new LinkedHashMap<>();
    private final BoolExpr error;
    private final Expr<IntSort> failureCode;
    private final Resolution named;

    DecisionEncoding(ValueCodec codec, Program program, RequestSpace space, Knowledge knowledge, String prefix) {
        this.codec = codec;
        this.z3 = codec.z3();
        this.program = program;
        ConditionEncoder encoder = new ConditionEncoder(codec, space, knowledge, null, null);
        for (DecisionRule rule : program.rules()) {
            if (rule.actions().contains(space.action().name())) {
                rules.add(rule);
                matches.put(rule.name(), z3.mkBoolConst(prefix + "match." + rule.name()));
            }
        }
        // Encoded in the order the runtime evaluates them (priority descending, then declaration),
        // so that the first failure, whose reason code the runtime reports, is the first encoded.
        List<DecisionRule> evaluationOrder = new ArrayList<>(rules);
        evaluationOrder.sort((a, b) -> Long.compare(b.priority(), a.priority()));
        for (DecisionRule rule : evaluationOrder) {
            conditions.put(rule.name(), encoder.condition(rule.condition()));
        }
        this.error = (BoolExpr) encoder.failures().simplify();
        this.failureCode = encoder.failureCode().simplify();
        this.named = resolve(r -> matches.get(r.name()));
    }

    /** Where a request ends up: the effect, route and which path of resolution decided it. */
    record Resolution(
            Expr<IntSort> effect,
            Expr<SeqSort<CharSort>> route,
            BoolExpr error,
            Expr<IntSort> failureCode,
            BoolExpr byDefault,
            BoolExpr byRules,
            BoolExpr byConflict) {

        /** The resolution with each of {@code from} replaced by the {@code to} at its index. */
        Resolution substitute(Expr<?>[] from, Expr<?>[] to) {
            return new Resolution(
                    effect.substitute(from, to),
                    route.substitute(from, to),
                    bool(error, from, to),
                    failureCode.substitute(from, to),
                    bool(byDefault, from, to),
                    bool(byRules, from, to),
                    bool(byConflict, from, to));
        }

        private static BoolExpr bool(BoolExpr term, Expr<?>[] from, Expr<?>[] to) {
            return (BoolExpr) term.substitute(from, to);
        }
    }

    private Resolution resolve(Function<DecisionRule, BoolExpr> match) {
        BoolExpr anyMatch = z3.mkOr(rules.stream().map(match).toArray(BoolExpr[]::new));
        List<BoolExpr> conflicts = new ArrayList<>();
        Expr<IntSort> effect = effectCode(program.defaultOutcome().effect());
        Expr<SeqSort<CharSort>> route = routeOf(program.defaultOutcome());
        for (long priority :
                new TreeSet<>(rules.stream().map(DecisionRule::priority).toList())) {
            Level level = new Level(
                    rules.stream().filter(r -> r.priority() == priority).toList(), match);
            BoolExpr above = z3.mkNot(z3.mkOr(rules.stream()
                    .filter(r -> r.priority() > priority)
                    .map(match)
                    .toArray(BoolExpr[]::new)));
            conflicts.add(z3.mkAnd(level.conflict(), above));
            effect = z3.mkITE(level.any(), level.effect(), effect);
            route = z3.mkITE(level.any(), level.route(), route);
        }
        BoolExpr ok = z3.mkNot(error);
        return new Resolution(
                z3.mkITE(error, effectCode(Effect.DENY), effect),
                z3.mkITE(error, codec.string(""), route),
                error,
                failureCode,
                z3.mkAnd(ok, z3.mkNot(anyMatch)),
                z3.mkAnd(ok, anyMatch),
                z3.mkAnd(ok, z3.mkOr(conflicts.toArray(new BoolExpr[0]))));
    }

    /** The matching rules of one priority level. */
    private final class Level {
        private final List<DecisionRule> members;
        private final Function<DecisionRule, BoolExpr> match;

        Level(List<DecisionRule> members, Function<DecisionRule, BoolExpr> match) {
            this.members = members;
            this.match = match;
        }

        BoolExpr any() {
            return z3.mkOr(members.stream().map(match).toArray(BoolExpr[]::new));
        }

        BoolExpr has(Effect e) {
            return z3.mkOr(
                    members.stream().filter(r -> r.effect() == e).map(match).toArray(BoolExpr[]::new));
        }

        /** More than one effect among the matching rules of this level. */
        BoolExpr conflict() {
            BoolExpr p = has(Effect.PERMIT);
            BoolExpr d = has(Effect.DENY);
            BoolExpr e = has(Effect.ESCALATE);
            return z3.mkOr(z3.mkAnd(p, d), z3.mkAnd(p, e), z3.mkAnd(d, e));
        }

        Expr<IntSort> effect() {
            Expr<IntSort> result = effectCode(program.conflictOutcome().effect());
            BoolExpr agreed = z3.mkNot(conflict());
            for (Effect e : Effect.values()) {
                result = z3.mkITE(z3.mkAnd(has(e), agreed), effectCode(e), result);
            }
            return result;
        }

        Expr<SeqSort<CharSort>> route() {
            BoolExpr agreed = z3.mkNot(conflict());
            Expr<SeqSort<CharSort>> escalation = codec.string("");
            List<DecisionRule> escalations =
                    members.stream().filter(r -> r.effect() == Effect.ESCALATE).toList();
            for (int i = escalations.size() - 1; i >= 0; i--) {
                escalation = z3.mkITE(
                        match.apply(escalations.get(i)),
                        codec.string(escalations.get(i).route()),
                        escalation);
            }
            Expr<SeqSort<CharSort>> result = routeOf(program.conflictOutcome());
            result = z3.mkITE(z3.mkAnd(has(Effect.ESCALATE), agreed), escalation, result);
            return z3.mkITE(z3.mkAnd(z3.mkNot(has(Effect.ESCALATE)), agreed), codec.string(""), result);
        }
    }

    private Expr<IntSort> effectCode(Effect e) {
        return z3.mkInt(ValueCodec.effectCode(e));
    }

    private Expr<SeqSort<CharSort>> routeOf(Outcome outcome) {
        return codec.string(outcome.route() == null ? "" : outcome.route());
    }

    /** The rule definitions ({@code match.r == condition}) to assert once in the solver. */
    BoolExpr definitions() {
        List<BoolExpr> all = new ArrayList<>();
        for (DecisionRule rule : rules) {
            all.add(z3.mkEq(matches.get(rule.name()), conditions.get(rule.name())));
        }
        return z3.mkAnd(all.toArray(new BoolExpr[0]));
    }

    List<DecisionRule> rules() {
        return List.copyOf(rules);
    }

    /** The rule's condition as a term of the request. */
    BoolExpr rawCondition(DecisionRule rule) {
        return conditions.get(rule.name());
    }

    BoolExpr matches(DecisionRule rule) {
        return matches.get(rule.name());
    }

    /** The rule matches and no rule of higher priority does: it is among the winners. */
    BoolExpr wins(DecisionRule rule) {
        List<BoolExpr> parts = new ArrayList<>();
        parts.add(matches(rule));
        rules.stream().filter(r -> r.priority() > rule.priority()).forEach(r -> parts.add(z3.mkNot(matches(r))));
        return z3.mkAnd(parts.toArray(new BoolExpr[0]));
    }

    /** Evaluating a condition fails (an int overflow, a history term without its key): the runtime denies. */
    BoolExpr error() {
        return error;
    }

    /** The resolution over the named match constants. */
    Resolution resolution() {
        return named;
    }

    /** The resolution over the rules' raw conditions: a term of the request alone, safe to substitute into. */
    Resolution raw() {
        return resolve(r -> conditions.get(r.name()));
    }
}
