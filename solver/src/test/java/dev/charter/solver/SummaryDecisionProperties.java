package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.Trace.MatchedRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A decision that stops evaluating once it is settled is the decision that evaluates every rule:
 * on random constitutions (random priorities and effects, conflicts, int arithmetic that
 * overflows) and random requests, the summary and the explanation agree on the effect, route,
 * reason and reason code; the summary names a subset of the deciding rules, led by the same rule;
 * and its trace keeps, for every effect the deciding rules do not have, the highest-priority
 * matching rule of that effect.
 */
class SummaryDecisionProperties {

    @Provide
    Arbitrary<Program> constitutions() {
        return RandomConstitutions.programs();
    }

    @Provide
    Arbitrary<ConcreteRequest> requests() {
        return RandomConstitutions.requests();
    }

    @Property(tries = 1000)
    void aSummaryDecidesExactlyAsTheExplanation(
            @ForAll("constitutions") Program program, @ForAll("requests") ConcreteRequest concrete) {
        Engine engine = Engine.forProgram(program);
        Request request = Request.parse(concrete.toJson(ZoneId.of("UTC")).toString());

        Decision summary = engine.decide(request);
        Decision explained = engine.decide(request.explained());

        String context = explained.toJson() + "\nrules " + program.rules();
        assertEquals(explained.effect(), summary.effect(), context);
        assertEquals(explained.route(), summary.route(), context);
        assertEquals(explained.reason(), summary.reason(), context);
        assertEquals(explained.reasonCode(), summary.reasonCode(), context);
        assertTrue(explained.rules().containsAll(summary.rules()), context);
        assertEquals(explained.rules().isEmpty(), summary.rules().isEmpty(), context);
        if (!explained.rules().isEmpty()) {
            assertEquals(explained.rules().get(0), summary.rules().get(0), context);
        }
        List<MatchedRule> every = explained.trace().matched();
        List<MatchedRule> kept = summary.trace().matched();
        assertTrue(every.containsAll(kept), context);
        Set<Effect> deciding = EnumSet.noneOf(Effect.class);
        every.stream().filter(m -> summary.rules().contains(m.rule())).forEach(m -> deciding.add(m.effect()));
        for (Effect effect : Effect.values()) {
            if (!deciding.contains(effect)) {
                every.stream()
                        .filter(m -> m.effect() == effect)
                        .findFirst()
                        .ifPresent(highest ->
                                assertTrue(kept.contains(highest), "overridden " + highest + "\n" + context));
            }
        }
        assertTrue(explained.trace().explained());
        assertFalse(summary.trace().explained());
        assertTrue(explained.trace().unevaluated().isEmpty(), context);
    }
}
