package dev.charter.proofs.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.Decision;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Trace;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Expr.HistoryAggregate;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.ValueType;
import dev.charter.solver.Witness;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the aggregate values of a witness's history into concrete earlier requests, under the
 * ledger's semantics (docs/ledger-format.md, "History"), and confirms them in a scratch ledger.
 *
 * <p>For each query whose count is not 0 it writes that many requests on a declared action the
 * query's pattern matches (the witness's own action when it does), carrying the witness's agent,
 * session and parameters so that every equality with the witness request holds, each summed
 * parameter split over them so that the amounts add up to the sum, all at the witness request's
 * time, inside every window. Two layouts are tried: the requests as the witness writes them (they
 * then count in every query they match), and the requests made to differ from the witness, and
 * from each other, on the equalities their own query does not name (another agent, session or
 * parameter value each), so that each query counts only its own and no earlier request's budget
 * is spent by another. A layout is kept only when the scratch ledger confirms it: every
 * earlier request a {@code permitted} query counts is permitted by the constitution, or escalated
 * and then approved; every term the witness request reads has the witness's value; and the
 * witness request reaches the witness's decision.
 */
public final class HistoryRealizer {

    private static final String OTHER = "-earlier";

    /** The most earlier requests a history is realized with, as many as a test's {@code N times} repeats. */
    static final int MAX_EARLIER = 1000;

    private enum Layout {
        AS_WITNESS,
        APART
    }

    private HistoryRealizer() {}

    /** The witness's history as confirmed earlier requests, or why there are none; an empty history realizes as none. */
    public static HistoryRealization realize(Program program, Witness witness) {
        Map<HistoryQuery, Target> targets =
                targets(program, witness.historyValues().orElse(null));
        long earlier = 0;
        for (Map.Entry<HistoryQuery, Target> e : targets.entrySet()) {
            if (e.getValue().count() == 0
                    && e.getValue().sums().values().stream().anyMatch(s -> s.signum() != 0)) {
                return new HistoryRealization.NotRealized("a sum over no decision is 0, but "
                        + e.getKey().text(HistoryAggregate.COUNT) + " = 0 comes with a sum that is not");
            }
            earlier += e.getValue().count();
            if (e.getValue().count() > MAX_EARLIER || earlier > MAX_EARLIER) {
                return new HistoryRealization.NotRealized(e.getKey().text(HistoryAggregate.COUNT) + " = "
                        + e.getValue().count()
                        + " asks for more earlier requests than a scratch ledger is given (at most "
                        + MAX_EARLIER + " in all)");
            }
        }
        List<String> failures = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            Optional<List<Planned>> plan = plan(program, witness, targets, layout, failures);
            if (plan.isEmpty()) {
                continue;
            }
            Optional<String> problem = confirm(program, witness, plan.get());
            if (problem.isEmpty()) {
                return new HistoryRealization.Realized(new RealizedHistory(plan.get().stream()
                        .map(p -> new RealizedHistory.Entry(p.request(), p.approved()))
                        .toList()));
            }
            failures.add(problem.get());
        }
        return new HistoryRealization.NotRealized(failures.stream().distinct().collect(Collectors.joining("; ")));
    }

    /** The decision on {@code request}, decided last in a scratch ledger after {@code history}. */
    public static Decision decide(Program program, FactSnapshot facts, RealizedHistory history, ObjectNode request) {
        return ScratchReplay.run(program, facts, history.entries(), request).witness();
    }

    /** What the history must produce for one counted query: its count and each of its sums. */
    private record Target(long count, Map<HistoryQuery.Summand, BigDecimal> sums) {}

    /** An earlier request, whether a {@code permitted} query counts it, and whether its escalation was approved. */
    record Planned(ObjectNode request, boolean mustBePermitted, boolean approved) {}

    /** Each counted query of the program with the count and sums the witness gives it (0 for what it omits). */
    private static Map<HistoryQuery, Target> targets(Program program, ObjectNode values) {
        Map<HistoryQuery, Target> targets = new LinkedHashMap<>();
        for (HistoryQuery query : program.historyQueries()) {
            HistoryQuery counted = query.counted();
            Target target = targets.computeIfAbsent(
                    counted,
                    q -> new Target(
                            number(values, q.text(HistoryAggregate.COUNT)).longValueExact(), new LinkedHashMap<>()));
            query.summed().ifPresent(s -> target.sums().put(s, number(values, query.text(HistoryAggregate.SUM))));
        }
        return targets;
    }

    private static BigDecimal number(ObjectNode values, String text) {
        JsonNode value = values == null ? null : values.get(text);
        return value == null || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asText());
    }

    private static Optional<List<Planned>> plan(
            Program program, Witness witness, Map<HistoryQuery, Target> targets, Layout layout, List<String> failures) {
        List<Planned> plan = new ArrayList<>();
        for (Map.Entry<HistoryQuery, Target> e : targets.entrySet()) {
            HistoryQuery query = e.getKey();
            Target target = e.getValue();
            if (target.count() == 0) {
                continue;
            }
            Optional<ActionDecl> action = action(program, witness, query, target);
            if (action.isEmpty()) {
                failures.add("no declared action matches `" + query.patternText() + "` with the parameters "
                        + target.sums().keySet().stream()
                                .map(HistoryQuery.Summand::path)
                                .toList()
                        + " its sums add up");
                return Optional.empty();
            }
            Map<HistoryQuery.Summand, List<BigDecimal>> amounts = new LinkedHashMap<>();
            target.sums().forEach((s, sum) -> amounts.put(s, split(sum, target.count(), s.type())));
            for (int i = 0; i < target.count(); i++) {
                ObjectNode request =
                        request(program, witness, action.get(), query, targets.keySet(), layout, plan.size());
                ObjectNode parameters = (ObjectNode) request.get("request");
                for (Map.Entry<HistoryQuery.Summand, List<BigDecimal>> a : amounts.entrySet()) {
                    parameters.put(a.getKey().path(), a.getValue().get(i));
                }
                plan.add(new Planned(request, query.effect() == HistoryQuery.EffectFilter.PERMITTED, false));
            }
        }
        return Optional.of(plan);
    }

    /** The witness's own action when the query matches it and it has the summed parameters, else the first declared one that does. */
    private static Optional<ActionDecl> action(Program program, Witness witness, HistoryQuery query, Target target) {
        String own = witness.request().path("action").asText();
        List<ActionDecl> candidates = new ArrayList<>();
        program.schema().action(own).ifPresent(candidates::add);
        candidates.addAll(program.schema().actions());
        return candidates.stream()
                .filter(a -> query.matchesAction(a.name()))
                .filter(a -> target.sums().keySet().stream()
                        .allMatch(s -> a.parameter(s.path()).isPresent()))
                .findFirst();
    }

    /** {@code sum} split over {@code count} requests: equal shares at the sum's scale, the last taking the rest. */
    static List<BigDecimal> split(BigDecimal sum, long count, PrimitiveType type) {
        int scale = type == PrimitiveType.INT ? 0 : Math.max(sum.scale(), 0);
        BigDecimal share = sum.divide(BigDecimal.valueOf(count), scale, RoundingMode.DOWN);
        List<BigDecimal> out = new ArrayList<>();
        for (long i = 1; i < count; i++) {
            out.add(share);
        }
        out.add(sum.subtract(share.multiply(BigDecimal.valueOf(count - 1))));
        return out;
    }

    /**
     * An earlier request on {@code action}: the witness's agent, session, context and time, its
     * parameters where the action declares them and a plain value of the declared type for the
     * others; laid {@link Layout#APART}, the equalities that only other queries name differ from
     * the witness's and from every other earlier request's ({@code ordinal} is its place in the
     * plan), so that no query counts it but its own and it weighs on no other earlier request.
     */
    private static ObjectNode request(
            Program program,
            Witness witness,
            ActionDecl action,
            HistoryQuery query,
            Iterable<HistoryQuery> all,
            Layout layout,
            int ordinal) {
        ObjectNode own = witness.request();
        JsonNodeFactory json = JsonNodeFactory.instance;
        boolean apart = layout == Layout.APART;
        boolean agentApart = apart && !names(query, new HistoryQuery.Match.SameAgent());
        boolean sessionApart = apart && !names(query, new HistoryQuery.Match.SameSession());
        ObjectNode request = json.objectNode();
        String suffix = OTHER + "-" + (ordinal + 1);
        String agent = own.path("agent").asText() + (agentApart ? suffix : "");
        request.put("agent", agent);
        request.put("action", action.name());
        if (own.hasNonNull("session")) {
            request.put("session", own.get("session").asText() + (sessionApart ? suffix : ""));
        }
        ObjectNode parameters = request.putObject("request");
        ObjectNode given = own.path("request").isObject() ? (ObjectNode) own.get("request") : json.objectNode();
        for (Field field : action.parameters()) {
            if (field.name().contains(".")) {
                continue;
            }
            JsonNode value = given.get(field.name());
            if (value == null && field.optional()) {
                continue;
            }
            JsonNode filled = value != null ? value.deepCopy() : plain(program, field.type());
            if (apart && otherNames(field.name(), query, all)) {
                filled = differing(filled, ordinal);
            }
            if (filled != null) {
                parameters.set(field.name(), filled);
            }
        }
        if (own.has("context")) {
            request.set("context", own.get("context").deepCopy());
        }
        request.set("time", own.get("time").deepCopy());
        request.putArray("chain").add(agent);
        return request;
    }

    private static boolean names(HistoryQuery query, HistoryQuery.Match match) {
        return query.matches().contains(match);
    }

    /** Whether some other query, and not {@code query}, asks for {@code same request.PARAM}. */
    private static boolean otherNames(String parameter, HistoryQuery query, Iterable<HistoryQuery> all) {
        boolean own = query.matches().stream()
                .anyMatch(m -> m instanceof HistoryQuery.Match.SameParameter p
                        && p.path().equals(parameter));
        if (own) {
            return false;
        }
        for (HistoryQuery other : all) {
            if (other.matches().stream()
                    .anyMatch(m -> m instanceof HistoryQuery.Match.SameParameter p
                            && p.path().equals(parameter))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value unequal to {@code value}, and to that of every other earlier request, of its JSON
     * kind: a string with a suffix that numbers it, a number plus its ordinal and one.
     */
    private static JsonNode differing(JsonNode value, int ordinal) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return JsonNodeFactory.instance.textNode(value.asText() + OTHER + "-" + (ordinal + 1));
        }
        if (value.isNumber()) {
            return JsonNodeFactory.instance.numberNode(value.decimalValue().add(BigDecimal.valueOf(ordinal + 1L)));
        }
        return value;
    }

    /** A plain value of a declared type for a parameter the witness does not carry; null for one it cannot fill. */
    private static JsonNode plain(Program program, ValueType type) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (type instanceof EnumType e) {
            return program.schema()
                    .enumValues(e)
                    .filter(v -> !v.isEmpty())
                    .<JsonNode>map(v -> json.textNode(v.get(0)))
                    .orElse(null);
        }
        if (type instanceof PrimitiveType p) {
            return switch (p) {
                case BOOL -> json.booleanNode(false);
                case INT -> json.numberNode(1);
                case DECIMAL -> json.numberNode(BigDecimal.ONE);
                case STRING -> json.textNode("x");
                default -> null;
            };
        }
        return type instanceof dev.charter.runtime.ir.ListType ? json.arrayNode() : null;
    }

    /**
     * Decides the plan and the witness in a scratch ledger and says what disagrees, or empty when
     * the plan is confirmed; approves each escalation a {@code permitted} query counts.
     */
    private static Optional<String> confirm(Program program, Witness witness, List<Planned> plan) {
        FactSnapshot facts = witness.factSnapshot()
                .map(f -> FactSnapshot.parse(f.toString().getBytes(StandardCharsets.UTF_8)))
                .orElse(FactSnapshot.empty());
        ScratchReplay.Run run = ScratchReplay.runPlanned(program, facts, plan, witness.request());
        if (run.problem().isPresent()) {
            return run.problem();
        }
        for (int i = 0; i < plan.size(); i++) {
            plan.set(i, run.planned().get(i));
        }
        Decision decision = run.witness();
        for (Trace.HistoryRead read : decision.trace().history()) {
            Optional<String> wrong = value(witness, read);
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        return disagreement(witness.decision(), decision);
    }

    /** Why the term's value in the ledger is not the witness's, or empty when it is. */
    private static Optional<String> value(Witness witness, Trace.HistoryRead read) {
        ObjectNode values = witness.historyValues().orElse(null);
        String term = read.term();
        String expected;
        if (term.startsWith(HistoryAggregate.EXISTS.keyword() + "(")) {
            String count = HistoryAggregate.COUNT.keyword()
                    + term.substring(HistoryAggregate.EXISTS.keyword().length());
            expected = String.valueOf(number(values, count).signum() > 0);
            if (String.valueOf(read.value()).equals(expected)) {
                return Optional.empty();
            }
        } else {
            BigDecimal want = number(values, term);
            expected = want.toPlainString();
            if (read.value() instanceof Number n && new BigDecimal(n.toString()).compareTo(want) == 0) {
                return Optional.empty();
            }
        }
        return Optional.of("the ledger reads " + term + " = " + read.value() + " where the witness has " + expected);
    }

    private static Optional<String> disagreement(ObjectNode expected, Decision actual) {
        if (expected == null) {
            return Optional.empty();
        }
        String route = actual.route();
        boolean same = expected.path("decision").asText().equals(actual.effect().keyword())
                && (expected.path("route").isNull()
                        ? route == null
                        : expected.path("route").asText().equals(route))
                && expected.path("reason_code")
                        .asText()
                        .equals(actual.reasonCode().keyword())
                && (actual.reasonCode() != ReasonCode.RULE
                        || rules(expected)
                                .equals(actual.rules().stream().sorted().toList()));
        return same
                ? Optional.empty()
                : Optional.of("over the earlier requests the witness is decided "
                        + actual.effect().keyword() + " ("
                        + actual.reasonCode().keyword() + ", rules " + actual.rules() + ") where the finding has "
                        + expected);
    }

    private static List<String> rules(ObjectNode decision) {
        List<String> out = new ArrayList<>();
        decision.path("rules").forEach(r -> out.add(r.asText()));
        return out.stream().sorted().toList();
    }
}
