package dev.charter.proofs.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.proofs.generators.FactArbitraries;
import dev.charter.proofs.generators.RequestArbitraries;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Explanation;
import dev.charter.runtime.Explanation.AtomCheck;
import dev.charter.runtime.Explanation.FailedCondition;
import dev.charter.runtime.Explanation.Part;
import dev.charter.runtime.Explanation.RuleVerdict;
import dev.charter.runtime.Explanation.Verdict;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.Trace;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.Program;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Decision#explain()} is exact on the example constitutions, whose rules check Datalog
 * atoms over generated fact snapshots (docs/testing.md, "Generated requests"): a rule reported
 * matched matches when it is the only rule; the condition reported for a rule that did not match
 * is false alone (true for {@code unless}), reads exactly the values shown, and an atom shown as
 * not holding is one that, alone, the snapshot does not derive; the rules reported deciding are
 * those the explained decision names; and explaining changes nothing of the decision.
 */
class ExampleExplanationProperties {

    private static final Map<String, ExampleConstitutions> EXAMPLES = new ConcurrentHashMap<>();

    /** One example's constitution with a request and a snapshot generated for it. */
    record Case(ExampleConstitutions example, FactSnapshot snapshot, Request request) {
        @Override
        public String toString() {
            return example.name() + " " + request.toJson();
        }
    }

    private static ExampleConstitutions example(String name) {
        return EXAMPLES.computeIfAbsent(name, ExampleConstitutions::load);
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(ExampleConstitutions.names()).flatMap(name -> {
            ExampleConstitutions example = example(name);
            return Combinators.combine(
                            FactArbitraries.of(example.program(), example.facts())
                                    .snapshots(),
                            RequestArbitraries.of(example.program(), example.facts())
                                    .requests())
                    .as((snapshot, request) -> new Case(example, snapshot, request));
        });
    }

    @Property(tries = 600)
    void anExplanationAgreesWithTheDecision(@ForAll("cases") Case c) {
        Program program = c.example().program();
        Engine engine = Engine.forProgram(program);
        engine.attach(c.snapshot());
        Decision decision = engine.decide(c.request());
        String before = decision.toJson();

        Explanation explanation = decision.explain();

        String context = explanation.toText() + "\n" + before;
        assertEquals(before, decision.toJson(), "explain() changed the decision's JSON");
        assertEquals(decision.reasonCode(), explanation.reasonCode(), context);
        if (decision.reasonCode().isFailure()) {
            assertNotEquals(Effect.PERMIT, explanation.effect(), context);
            explanation.rules().forEach(r -> assertEquals(Verdict.ERROR, r.verdict(), context));
            return;
        }
        Set<String> deciding = new HashSet<>();
        for (RuleVerdict r : explanation.rules()) {
            DecisionRule rule = program.rule(r.rule()).orElseThrow();
            boolean matches = holds(c, rule.condition());
            switch (r.verdict()) {
                case DECIDED, CONFLICT -> {
                    deciding.add(r.rule());
                    assertTrue(matches, "reported matched: " + r + "\n" + context);
                }
                case OVERRIDDEN -> assertTrue(matches, "reported matched: " + r + "\n" + context);
                case NOT_MATCHED -> {
                    assertFalse(matches, "reported not matched: " + r + "\n" + context);
                    checkFailed(c, r.failed(), context);
                    Statistics.label("failed condition")
                            .collect(r.failed().part(), r.failed().atoms().isEmpty() ? "no atom" : "atoms");
                }
                case ERROR -> throw new AssertionError("an error in a decided request: " + r + "\n" + context);
            }
        }
        assertEquals(new HashSet<>(engine.decide(c.request().explained()).rules()), deciding, context);
    }

    private static void checkFailed(Case c, FailedCondition failed, String context) {
        assertNotNull(failed, context);
        assertEquals(failed.part() == Part.UNLESS, holds(c, failed.condition()), failed + "\n" + context);
        Map<String, Object> shown = new TreeMap<>(failed.values());
        shown.remove("agent");
        shown.remove("action");
        Decision alone = decide(c, failed.condition(), true);
        assertEquals(alone.trace().attributes(), shown, "values: " + failed + "\n" + context);
        Map<String, Boolean> checked = new TreeMap<>();
        for (Trace.AtomCheck a : alone.trace().atoms()) {
            checked.put(a.atom(), a.holds());
        }
        Map<String, Boolean> reported = new TreeMap<>();
        for (AtomCheck a : failed.atoms()) {
            reported.put(a.atom(), a.holds());
        }
        assertEquals(checked, reported, "atoms: " + failed + "\n" + context);
    }

    private static boolean holds(Case c, Expr condition) {
        Decision d = decide(c, condition, false);
        assertFalse(d.reasonCode().isFailure(), "the condition alone fails: " + d.reason());
        return d.reasonCode() == ReasonCode.RULE;
    }

    /** The request decided by a constitution whose one rule is {@code condition}, with the same facts. */
    private static Decision decide(Case c, Expr condition, boolean explained) {
        Program program = c.example().program();
        Program probe = Program.of(
                new Metadata("probe", 1, null, null, program.metadata().timezone()),
                program.schema(),
                program.relations(),
                program.strata(),
                List.of(new DecisionRule(
                        "probe",
                        Effect.PERMIT,
                        List.of(c.request().action()),
                        null,
                        condition,
                        0,
                        null,
                        condition.span())),
                Outcome.deny(condition.span()),
                Outcome.deny(condition.span()),
                List.of(),
                List.of());
        Engine engine = Engine.forProgram(probe);
        engine.attach(c.snapshot());
        return engine.decide(explained ? c.request().explained() : c.request());
    }
}
