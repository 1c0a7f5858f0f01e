package dev.charter.bench.sidebyside.contender;

import dev.charter.bench.sidebyside.model.AccessRequest;
import dev.charter.bench.sidebyside.model.Attribute;
import dev.charter.bench.sidebyside.model.Condition;
import dev.charter.bench.sidebyside.model.Facts;
import dev.charter.bench.sidebyside.model.PolicyModel;
import dev.charter.bench.sidebyside.model.PolicyRule;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.biscuitsec.biscuit.datalog.RunLimits;
import org.biscuitsec.biscuit.error.Error;
import org.biscuitsec.biscuit.token.Authorizer;
import org.biscuitsec.biscuit.token.builder.Fact;
import org.biscuitsec.biscuit.token.builder.Term;
import org.biscuitsec.biscuit.token.builder.Utils;

/**
 * Biscuit's authorizer (biscuit-java): its Datalog runs the knowledge natively (the two
 * {@code may} clauses as rules, recursion included, re-derived on every authorisation as Biscuit
 * always does), and the decision rules are its ordered policies — {@code deny if} for deny rules,
 * then {@code allow if} for escalations and permits, by descending priority, then
 * {@code deny if true}. The first policy that matches decides; {@code authorize()} returns the
 * index of a matching allow policy, which maps back to ESCALATE or PERMIT.
 *
 * <p>A template authorizer holding the facts, rules and policies is built once; each decision
 * clones it, adds the request's facts ({@code agent}, {@code action}, one per attribute) and
 * authorises. No token is involved: what is compared is the authorisation itself. Biscuit has no
 * decimals, so a decimal attribute is an integer in ten-thousandths (exact for the workloads'
 * cents). The run limits are raised from the defaults (1,000 facts, 5 ms) so that no decision of
 * the delegation workload fails on a limit.
 */
final class BiscuitContender implements Contender {

    private static final RunLimits LIMITS = new RunLimits(1_000_000, 10_000, Duration.ofSeconds(10));
    private static final int DECIMAL_SCALE = 4;

    @Override
    public String name() {
        return "biscuit";
    }

    @Override
    public Loaded load(Workload workload) throws Exception {
        PolicyModel model = workload.model();
        Authorizer template = new Authorizer();
        if (model.usesKnowledge()) {
            knowledge(template, model.facts());
        }
        List<PolicyRule> byPriority = new ArrayList<>(model.rules());
        byPriority.sort(Comparator.comparingInt(PolicyRule::priority).reversed());
        List<Verdict> allowing = new ArrayList<>();
        for (PolicyRule rule : byPriority) {
            boolean deny = rule.effect() == Verdict.DENY;
            template.add_policy((deny ? "deny if " : "allow if ") + body(rule));
            allowing.add(deny ? null : rule.effect());
        }
        template.add_policy("deny if true");
        List<List<Fact>> requests = new ArrayList<>();
        for (AccessRequest r : workload.requests()) {
            requests.add(facts(r));
        }
        return () -> decider(template.clone(), requests, allowing);
    }

    private static Decider decider(Authorizer template, List<List<Fact>> requests, List<Verdict> allowing) {
        return i -> {
            Authorizer authorizer = template.clone();
            for (Fact f : requests.get(i)) {
                authorizer.add_fact(f);
            }
            try {
                return allowing.get(authorizer.authorize(LIMITS).intValue());
            } catch (Error.FailedLogic denied) {
                return Verdict.DENY;
            }
        };
    }

    private static void knowledge(Authorizer template, Facts facts) throws Error.Language, Error.Parser {
        for (Facts.Role r : facts.roles()) {
            template.add_fact(Utils.fact("role", List.of(Utils.string(r.agent()), Utils.string(r.role()))));
        }
        for (Facts.Grant g : facts.grants()) {
            template.add_fact(Utils.fact("grants", List.of(Utils.string(g.role()), Utils.string(g.action()))));
        }
        for (Facts.Delegation d : facts.delegations()) {
            template.add_fact(Utils.fact(
                    "delegates", List.of(Utils.string(d.from()), Utils.string(d.to()), Utils.string(d.action()))));
        }
        template.add_rule("may($a, $x) <- role($a, $r), grants($r, $x)");
        template.add_rule("may($b, $x) <- delegates($a, $b, $x), may($a, $x)");
    }

    /** The policy body: the request's agent and action, each read attribute bound once, then the tests. */
    private static String body(PolicyRule rule) {
        StringJoiner body = new StringJoiner(", ");
        body.add("agent($agent)").add("action(\"" + rule.action() + "\")");
        Set<Attribute> bound = new LinkedHashSet<>();
        List<String> tests = new ArrayList<>();
        for (Condition c : rule.conditions()) {
            if (c instanceof Condition.May) {
                body.add("may($agent, \"" + ((Condition.May) c).action() + "\")");
                continue;
            }
            Condition.Compare cmp = (Condition.Compare) c;
            if (bound.add(cmp.attribute())) {
                body.add(cmp.attribute().flatName() + "($" + cmp.attribute().flatName() + ")");
            }
            tests.add("$" + cmp.attribute().flatName() + " " + cmp.op().symbol() + " "
                    + literal(cmp.attribute(), cmp.constant()));
        }
        tests.forEach(body::add);
        return body.toString();
    }

    private static String literal(Attribute attribute, Object constant) {
        switch (attribute.kind()) {
            case DECIMAL:
                return Long.toString(scaled((BigDecimal) constant));
            case STRING:
            case ENUM:
                return '"' + (String) constant + '"';
            default:
                return constant.toString();
        }
    }

    private static List<Fact> facts(AccessRequest r) throws Error.Language {
        List<Fact> facts = new ArrayList<>();
        facts.add(Utils.fact("agent", List.of(Utils.string(r.agent()))));
        facts.add(Utils.fact("action", List.of(Utils.string(r.action()))));
        for (var entry : r.values().entrySet()) {
            facts.add(Utils.fact(entry.getKey().flatName(), List.of(term(entry.getKey(), entry.getValue()))));
        }
        return facts;
    }

    private static Term term(Attribute attribute, Object value) {
        switch (attribute.kind()) {
            case INT:
                return Utils.integer((Long) value);
            case DECIMAL:
                return Utils.integer(scaled((BigDecimal) value));
            case BOOL:
                return new Term.Bool((Boolean) value);
            default:
                return Utils.string((String) value);
        }
    }

    private static long scaled(BigDecimal value) {
        return value.movePointRight(DECIMAL_SCALE).longValueExact();
    }
}
