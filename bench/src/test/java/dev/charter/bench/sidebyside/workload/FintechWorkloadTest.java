package dev.charter.bench.sidebyside.workload;

import static dev.charter.bench.sidebyside.workload.FintechWorkload.ACCOUNT_STATUS;
import static dev.charter.bench.sidebyside.workload.FintechWorkload.AMOUNT;
import static dev.charter.bench.sidebyside.workload.FintechWorkload.DESTINATION;
import static dev.charter.bench.sidebyside.workload.FintechWorkload.IDENTITY_VERIFIED;
import static dev.charter.bench.sidebyside.workload.FintechWorkload.MARKET_HALTED;
import static dev.charter.bench.sidebyside.workload.FintechWorkload.NEW_LIMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.bench.sidebyside.model.AccessRequest;
import dev.charter.bench.sidebyside.model.ModelOracle;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fintech model means what LANGUAGE.md section 1 says lending.charter means. */
class FintechWorkloadTest {

    private final Workload workload = Workloads.named("fintech", 512);
    private final ModelOracle oracle = new ModelOracle(workload.model());

    @Test
    void aPaymentOf15000IsEscalated() {
        assertEquals(Verdict.ESCALATE, oracle.decide(payment("lending-agent-v2", "15000.00")));
    }

    @Test
    void aDelegateOfATellerPays500() {
        assertEquals(Verdict.PERMIT, oracle.decide(payment("lending-agent-v2", "500.00")));
    }

    @Test
    void anAgentWithNoRoleCannotPay() {
        assertEquals(Verdict.DENY, oracle.decide(payment("stray-agent", "500.00")));
    }

    @Test
    void creditLimitsAreNeverChanged() {
        AccessRequest r = new AccessRequest(
                "lending-agent-v2",
                "modify_credit_limit",
                Map.of(
                        NEW_LIMIT,
                        new BigDecimal("20000.00"),
                        IDENTITY_VERIFIED,
                        true,
                        ACCOUNT_STATUS,
                        "active",
                        MARKET_HALTED,
                        false));

        assertEquals(Verdict.DENY, oracle.decide(r));
    }

    @Test
    void theRequestsReachAllThreeDecisionsAndEveryRule() {
        Set<Verdict> seen = workload.requests().stream().map(oracle::decide).collect(Collectors.toSet());
        Set<String> actions =
                workload.requests().stream().map(AccessRequest::action).collect(Collectors.toSet());

        assertEquals(EnumSet.allOf(Verdict.class), seen);
        assertEquals(workload.model().actions().keySet(), actions);
    }

    @Test
    void charterRunsTheExampleFileAsWritten() {
        assertTrue(workload.charterSource().orElseThrow().contains("rule large_payment:"));
    }

    private static AccessRequest payment(String agent, String amount) {
        return new AccessRequest(
                agent,
                "initiate_payment",
                Map.of(
                        AMOUNT,
                        new BigDecimal(amount),
                        DESTINATION,
                        "external-account",
                        IDENTITY_VERIFIED,
                        true,
                        ACCOUNT_STATUS,
                        "active",
                        MARKET_HALTED,
                        false));
    }
}
