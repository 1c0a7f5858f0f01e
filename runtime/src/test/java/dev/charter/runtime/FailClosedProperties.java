package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.datalog.Budget;
import dev.charter.runtime.ir.Effect;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random requests on the fintech constitution, with and without random faults: a well-formed
 * request gets exactly the decision a hand-written reading of the constitution predicts, and a
 * faulty one (missing, ill-typed or extra attributes, unknown actions, no agent, injected
 * exceptions, tiny budgets) is never permitted.
 */
class FailClosedProperties {

    private static final Engine ENGINE = engine(Budget.DEFAULT, FaultProbe.NONE);
    private static final List<String> ACTIONS =
            List.of("display_account_balance", "initiate_payment", "modify_credit_limit", "share_account_data");
    private static final List<String> AGENTS = List.of("orchestrator", "lending-agent-v2", "stranger", "bot-7");

    private static Engine engine(Budget budget, FaultProbe probe) {
        Engine e = Engine.forProgram(FintechProgram.program(), budget, probe);
        try {
            e.attach(FintechProgram.snapshot());
        } catch (RuntimeException refused) {
            // A tiny budget refuses the snapshot; the engine then denies everything, which is what is tested.
        }
        return e;
    }

    @Property(tries = 500)
    void aWellFormedRequestGetsTheDecisionTheConstitutionPrescribes(@ForAll long seed) {
        Request request = wellFormed(new Random(seed));
        Decision d = ENGINE.decide(request);

        assertEquals(prescribed(request), d.effect(), d::toJson);
        assertTrue(!d.reasonCode().isFailure(), d::toJson);
    }

    @Property(tries = 500)
    void aFaultyRequestIsDeniedWithAFailureCode(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int fault) {
        Random random = new Random(seed);
        Request request = faulty(wellFormed(random), fault, random);
        Decision d = ENGINE.decide(request);

        assertEquals(Effect.DENY, d.effect(), d::toJson);
        assertTrue(d.reasonCode().isFailure(), d::toJson);
    }

    @Property(tries = 300)
    void anInjectedExceptionNeverPermits(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int failingRule) {
        Engine faulty = engine(Budget.DEFAULT, rule -> {
            if (rule == failingRule) {
                throw new IllegalStateException("injected");
            }
        });
        Request request = wellFormed(new Random(seed));
        Decision d = faulty.decide(request);

        if (d.reasonCode() == ReasonCode.INTERNAL_ERROR) {
            assertEquals(Effect.DENY, d.effect());
        } else {
            assertEquals(ENGINE.decide(request).toJson(), d.toJson(), "a rule that was not reached changes nothing");
        }
    }

    @Property(tries = 100)
    void tinyBudgetsNeverPermit(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int facts) {
        Engine starved = engine(new Budget(facts, facts, Duration.ofSeconds(5), 0), FaultProbe.NONE);
        Request request = wellFormed(new Random(seed));
        Decision d = starved.decide(request);

        if (d.effect() == Effect.PERMIT) {
            assertEquals(prescribed(request), Effect.PERMIT);
        }
        assertNotEquals(ReasonCode.INTERNAL_ERROR, d.reasonCode(), d::toJson);
    }

    @Property(tries = 200)
    void decisionsAreDeterministicAndSurviveTheRequestsJsonForm(@ForAll long seed) {
        Request request = wellFormed(new Random(seed));
        Engine other = engine(Budget.DEFAULT, FaultProbe.NONE);

        String json = ENGINE.decide(request).toJson();
        assertEquals(json, other.decide(request).toJson());
        assertEquals(json, other.decideJson(request.toJson()).toJson());
        assertEquals(request, Request.parse(request.toJson()));
    }

    /** The fintech constitution, read by hand. */
    private static Effect prescribed(Request r) {
        Map<String, Object> ctx = r.context();
        boolean verified = Boolean.TRUE.equals(ctx.get("identity_verified"));
        return switch (r.action()) {
            case "display_account_balance" -> verified ? Effect.PERMIT : Effect.DENY;
            case "initiate_payment" -> {
                BigDecimal amount = new BigDecimal(r.parameters().get("amount").toString());
                boolean may = r.agent().equals("orchestrator") || r.agent().equals("lending-agent-v2");
                if (amount.compareTo(BigDecimal.valueOf(10000)) >= 0) {
                    yield Effect.ESCALATE;
                }
                yield verified && "active".equals(ctx.get("account_status")) && may ? Effect.PERMIT : Effect.DENY;
            }
            default -> Effect.DENY;
        };
    }

    private static Request wellFormed(Random random) {
        String action = pick(ACTIONS, random);
        Request.Builder b = Request.builder()
                .agent(pick(AGENTS, random))
                .action(action)
                .context("identity_verified", random.nextBoolean())
                .context("account_status", pick(List.of("active", "frozen", "closed"), random))
                .time(Instant.ofEpochSecond(1_700_000_000L + random.nextInt(10_000_000)));
        if (random.nextBoolean()) {
            b.context("market_halted", random.nextBoolean());
        }
        switch (action) {
            case "initiate_payment" ->
                b.param("amount", amount(random)).param("destination", pick(List.of("internal", "acct-1"), random));
            case "modify_credit_limit" -> b.param("new_limit", amount(random));
            case "share_account_data" -> b.param("target", pick(List.of("internal", "partner"), random));
            default -> {}
        }
        return b.build();
    }

    private static Object amount(Random random) {
        BigDecimal amount = BigDecimal.valueOf(random.nextInt(2_000_000), random.nextInt(3));
        return random.nextBoolean() ? amount : amount.toPlainString();
    }

    private static Request faulty(Request r, int fault, Random random) {
        Request.Builder b =
                Request.builder().agent(r.agent()).action(r.action()).time(r.time());
        r.parameters().forEach(b::param);
        r.context().forEach(b::context);
        switch (fault) {
            case 0 -> b.action(pick(List.of("wire_everything", "", "initiate_payments"), random));
            case 1 -> b.agent(random.nextBoolean() ? null : "");
            case 2 -> b.param("memo", "extra");
            case 3 -> b.context(pick(List.of("vip", "IDENTITY_VERIFIED"), random), true);
            case 4 -> b.context("identity_verified", pick(List.of("true", "1", "yes"), random));
            case 5 -> b.context("account_status", pick(List.of("ACTIVE", "open", ""), random));
            default -> b.chain(List.of("someone-else"));
        }
        return b.build();
    }

    private static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
