package dev.charter.bench.sidebyside.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.bench.sidebyside.model.AccessRequest;
import dev.charter.bench.sidebyside.model.Attribute;
import dev.charter.bench.sidebyside.model.Attribute.Kind;
import dev.charter.bench.sidebyside.model.Attribute.Scope;
import dev.charter.bench.sidebyside.model.Condition;
import dev.charter.bench.sidebyside.model.Condition.Op;
import dev.charter.bench.sidebyside.model.Facts;
import dev.charter.bench.sidebyside.model.PolicyModel;
import dev.charter.bench.sidebyside.model.PolicyRule;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Workload (c): the fintech lending constitution of LANGUAGE.md section 1, exactly as
 * {@code examples/fintech/lending.charter} writes it (Charter runs that file) with the fact
 * snapshot of {@code examples/fintech/facts.json} (every engine loads those facts). Requests mix
 * the example's four agents, its four actions, amounts on both sides of 10,000 (10,000.00 itself
 * included), verified and unverified identities, all three account statuses and internal and
 * third-party sharing targets.
 */
public final class FintechWorkload {

    static final Attribute IDENTITY_VERIFIED = Attribute.of(Scope.CONTEXT, "identity_verified", Kind.BOOL);
    static final Attribute ACCOUNT_STATUS = new Attribute(Scope.CONTEXT, "account_status", Kind.ENUM, "AccountStatus");
    static final Attribute MARKET_HALTED = Attribute.of(Scope.CONTEXT, "market_halted", Kind.BOOL);
    static final Attribute AMOUNT = Attribute.of(Scope.REQUEST, "amount", Kind.DECIMAL);
    static final Attribute DESTINATION = Attribute.of(Scope.REQUEST, "destination", Kind.STRING);
    static final Attribute NEW_LIMIT = Attribute.of(Scope.REQUEST, "new_limit", Kind.DECIMAL);
    static final Attribute TARGET = Attribute.of(Scope.REQUEST, "target", Kind.STRING);

    private static final List<String> AGENTS = List.of("lending-agent-v2", "orchestrator", "stray-agent", "ops-lead");
    private static final List<String> STATUSES = List.of("active", "frozen", "closed");
    private static final BigDecimal LARGE = new BigDecimal("10000");

    private FintechWorkload() {}

    /** The workload with {@code requestCount} requests. */
    public static Workload of(int requestCount, long seed) {
        PolicyModel model = model(facts(resource("fintech/facts.json")));
        SplittableRandom random = new SplittableRandom(seed);
        List<String> actions = new ArrayList<>(model.actions().keySet());
        List<AccessRequest> requests = new ArrayList<>();
        for (int i = 0; i < requestCount; i++) {
            String action = actions.get(random.nextInt(actions.size()));
            Map<Attribute, Object> values = new HashMap<>();
            values.put(IDENTITY_VERIFIED, random.nextInt(5) != 0);
            values.put(ACCOUNT_STATUS, STATUSES.get(random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2)));
            values.put(MARKET_HALTED, random.nextInt(10) == 0);
            values.put(AMOUNT, random.nextInt(16) == 0 ? new BigDecimal("10000.00") : cents(random, 3_000_000));
            values.put(DESTINATION, "external-account");
            values.put(NEW_LIMIT, cents(random, 5_000_000));
            values.put(TARGET, random.nextBoolean() ? "internal" : "partner-bank");
            Map<Attribute, Object> carried = new HashMap<>();
            for (Attribute a : model.attributesOf(action)) {
                carried.put(a, values.get(a));
            }
            requests.add(new AccessRequest(AGENTS.get(random.nextInt(AGENTS.size())), action, carried));
        }
        return new Workload("fintech", model, requests, Optional.of(resource("fintech/lending.charter")));
    }

    /** lending.charter as a policy model over {@code facts}. */
    static PolicyModel model(Facts facts) {
        Map<String, List<String>> enums = new LinkedHashMap<>();
        enums.put("AccountStatus", STATUSES);
        enums.put("Role", List.of("teller", "senior_ops", "auditor"));
        Map<String, List<Attribute>> actions = new LinkedHashMap<>();
        actions.put("display_account_balance", List.of());
        actions.put("initiate_payment", List.of(AMOUNT, DESTINATION));
        actions.put("modify_credit_limit", List.of(NEW_LIMIT));
        actions.put("share_account_data", List.of(TARGET));
        List<PolicyRule> rules = List.of(
                PolicyRule.of(
                        "balance_ok",
                        Verdict.PERMIT,
                        "display_account_balance",
                        0,
                        List.of(new Condition.Compare(IDENTITY_VERIFIED, Op.EQ, true))),
                PolicyRule.of(
                        "small_payment",
                        Verdict.PERMIT,
                        "initiate_payment",
                        0,
                        List.of(
                                new Condition.Compare(IDENTITY_VERIFIED, Op.EQ, true),
                                new Condition.Compare(AMOUNT, Op.LT, LARGE),
                                new Condition.Compare(ACCOUNT_STATUS, Op.EQ, "active"),
                                new Condition.May("initiate_payment"))),
                new PolicyRule(
                        "large_payment",
                        Verdict.ESCALATE,
                        "initiate_payment",
                        List.of(new Condition.Compare(AMOUNT, Op.GE, LARGE)),
                        10,
                        "senior_ops",
                        "payments of 10000 or more need senior ops review"),
                new PolicyRule(
                        "no_credit_changes",
                        Verdict.DENY,
                        "modify_credit_limit",
                        List.of(),
                        100,
                        null,
                        "requires underwriting review"),
                new PolicyRule(
                        "no_third_party_sharing",
                        Verdict.DENY,
                        "share_account_data",
                        List.of(new Condition.Compare(TARGET, Op.NE, "internal")),
                        100,
                        null,
                        "account data is never shared with third parties"));
        return new PolicyModel(
                "fintech-lending-agent",
                enums,
                List.of(IDENTITY_VERIFIED, ACCOUNT_STATUS, MARKET_HALTED),
                actions,
                rules,
                facts);
    }

    /** The snapshot's role and delegates relations, plus the constitution's two grants. */
    static Facts facts(String snapshotJson) {
        try {
            JsonNode relations = new ObjectMapper().readTree(snapshotJson).path("relations");
            List<Facts.Role> roles = new ArrayList<>();
            relations
                    .path("role")
                    .forEach(t ->
                            roles.add(new Facts.Role(t.get(0).asText(), t.get(1).asText())));
            List<Facts.Delegation> delegations = new ArrayList<>();
            relations
                    .path("delegates")
                    .forEach(t -> delegations.add(new Facts.Delegation(
                            t.get(0).asText(), t.get(1).asText(), t.get(2).asText())));
            List<Facts.Grant> grants = List.of(
                    new Facts.Grant("teller", "initiate_payment"),
                    new Facts.Grant("teller", "display_account_balance"));
            return new Facts(roles, grants, delegations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal cents(SplittableRandom random, int maxCents) {
        return BigDecimal.valueOf(1 + random.nextInt(maxCents), 2);
    }

    static String resource(String name) {
        try (InputStream in = FintechWorkload.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (copied from examples/ by the build)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
