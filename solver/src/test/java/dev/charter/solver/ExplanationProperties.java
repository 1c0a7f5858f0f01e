package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Explanation;
import dev.charter.runtime.Explanation.Part;
import dev.charter.runtime.Explanation.RuleVerdict;
import dev.charter.runtime.Explanation.Verdict;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.OptionalGuards;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.SourceSpan;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Decision#explain()} is exact: on random constitutions (every condition node the runtime
 * has, conflicts, priorities, arithmetic that overflows) and random requests, it lists every rule
 * of the action in resolution order; a rule it reports matched is one whose condition holds, alone
 * in a constitution of its own; a rule it reports not matched has the reported condition false
 * (or, for {@code unless}, true), and that condition, alone, reads exactly the values shown; the
 * rules it reports deciding are those the explained decision names; and asking for it changes
 * neither the decision nor its JSON, never throws, and explains a failure by its reason code.
 */
class ExplanationProperties {

    private static final SourceSpan AT = new SourceSpan("probe.charter", 1, 1, 1, 1);

    @Provide
    Arbitrary<Program> constitutions() {
        return RandomConstitutions.hardPrograms();
    }

    @Provide
    Arbitrary<ConcreteRequest> requests() {
        return RandomConstitutions.requests();
    }

    @Property(tries = 500)
    void anExplanationAgreesWithTheDecision(
            @ForAll("constitutions") Program program, @ForAll("requests") ConcreteRequest concrete) {
        Engine engine = Engine.forProgram(program);
        Request request = Request.parse(concrete.toJson(ZoneId.of("UTC")).toString());
        Decision decision = engine.decide(request);
        String before = decision.toJson();

        Explanation explanation = decision.explain();

        String context = explanation.toText() + "\n" + before + "\nrules " + program.rules();
        assertEquals(before, decision.toJson(), "explain() changed the decision's JSON");
        assertEquals(decision.effect(), explanation.effect(), context);
        assertEquals(decision.reasonCode(), explanation.reasonCode(), context);
        assertEquals(decision.reason(), explanation.reason(), context);
        if (decision.reasonCode().isFailure()) {
            assertNotEquals(Effect.PERMIT, explanation.effect(), context);
            explanation.rules().forEach(r -> assertEquals(Verdict.ERROR, r.verdict(), context));
            return;
        }
        Decision explained = engine.decide(request.explained());
        assertEquals(rulesOf(program, request.action()), names(explanation.rules()), context);
        Set<String> deciding = new HashSet<>();
        for (RuleVerdict r : explanation.rules()) {
            DecisionRule rule = program.rule(r.rule()).orElseThrow();
            switch (r.verdict()) {
                case DECIDED, CONFLICT -> {
                    deciding.add(r.rule());
                    assertTrue(holds(program, request, rule.condition()), "reported matched: " + r + "\n" + context);
                }
                case OVERRIDDEN -> {
                    assertTrue(holds(program, request, rule.condition()), "reported matched: " + r + "\n" + context);
                    assertEquals(decision.rules().get(0), r.by(), context);
                    assertTrue(r.priority() < program.rule(r.by()).orElseThrow().priority(), context);
                }
                case NOT_MATCHED -> {
                    assertTrue(
                            !holds(program, request, rule.condition()), "reported not matched: " + r + "\n" + context);
                    Explanation.FailedCondition failed = r.failed();
                    assertNotNull(failed, context);
                    boolean held = holds(program, request, failed.condition());
                    assertEquals(failed.part() == Part.UNLESS, held, "the reported condition: " + r + "\n" + context);
                    Map<String, Object> shown = new TreeMap<>(failed.values());
                    shown.remove("agent");
                    shown.remove("action");
                    assertEquals(read(program, request, failed.condition()), shown, "values: " + r + "\n" + context);
                }
                case ERROR -> throw new AssertionError("an error in a decided request: " + r + "\n" + context);
            }
        }
        assertEquals(new HashSet<>(explained.rules()), deciding, context);
        if (!decision.rules().isEmpty()) {
            assertTrue(deciding.contains(decision.rules().get(0)), context);
        }
        assertEquals(decision.reasonCode() == ReasonCode.DEFAULT, deciding.isEmpty(), context);
    }

    private static List<String> rulesOf(Program program, String action) {
        return program.rules().stream()
                .filter(r -> r.actions().contains(action))
                .sorted((a, b) -> Long.compare(b.priority(), a.priority()))
                .map(DecisionRule::name)
                .toList();
    }

    private static List<String> names(List<RuleVerdict> rules) {
        return rules.stream().map(RuleVerdict::rule).toList();
    }

    /**
     * Whether {@code condition} holds for the request, decided by a constitution with it as its
     * one rule (and the program's relations and facts, which a condition's variables read).
     */
    private static boolean holds(Program program, Request request, Expr condition) {
        Decision d = Engine.forProgram(probe(program, request, condition)).decide(request);
        assertTrue(!d.reasonCode().isFailure(), "the condition alone fails: " + d.reason());
        return d.reasonCode() == ReasonCode.RULE;
    }

    /** The attribute values {@code condition} reads, alone, for the request. */
    private static Map<String, Object> read(Program program, Request request, Expr condition) {
        Map<String, Object> read = new TreeMap<>(Engine.forProgram(probe(program, request, condition))
                .decide(request.explained())
                .trace()
                .attributes());
        // What only the probe's presence tests read is not the condition's.
        Set<String> own = new HashSet<>();
        for (Expr e : condition.subtree()) {
            if (e instanceof Expr.Attribute a) {
                own.add(a.path());
            } else if (e instanceof Expr.Present p) {
                own.add(p.path());
            }
        }
        guards(program, request.action(), condition).stream()
                .map(g -> Expr.Scope.REQUEST.keyword() + "." + g)
                .filter(g -> !own.contains(g))
                .forEach(read::remove);
        return read;
    }

    /**
     * The optional parameters and objects whose presence makes {@code condition} valid alone: for
     * each read no presence test in it guards (a conjunct the explanation took out of its guarded
     * conjunction), the innermost optional path among it and the objects holding it. The
     * explained rule reached the condition only with them present.
     */
    private static Set<String> guards(Program program, String action, Expr condition) {
        ActionDecl decl = program.schema().action(action).orElseThrow();
        Set<String> guards = new TreeSet<>();
        for (Expr.Attribute a : OptionalGuards.unguarded(condition, decl::optional)) {
            for (String p = a.name(); p != null; p = ObjectParameter.parent(p)) {
                if (decl.optional(p)) {
                    guards.add(p);
                    break;
                }
            }
        }
        return guards;
    }

    /**
     * A constitution whose one rule is {@code condition}, behind the presence tests its reads
     * need ({@link #guards}): a reported conjunct may read an optional parameter, or a field of an
     * optional object, that an earlier conjunct of its rule tested, and alone it would be an
     * unguarded read.
     */
    private static Program probe(Program program, Request request, Expr condition) {
        String action = request.action();
        List<Expr> guarded = new ArrayList<>();
        guards(program, action, condition).forEach(g -> guarded.add(new Expr.Present(g, AT)));
        guarded.add(condition);
        Expr rule = guarded.size() == 1 ? condition : new Expr.And(guarded, AT);
        return Program.of(
                new Metadata("probe", 1, null, null, "UTC"),
                program.schema(),
                program.relations(),
                program.strata(),
                List.of(new DecisionRule("probe", Effect.PERMIT, List.of(action), null, rule, 0, null, AT)),
                Outcome.deny(AT),
                Outcome.deny(AT),
                List.of(),
                List.of());
    }
}
