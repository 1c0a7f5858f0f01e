package dev.charter.bench.sidebyside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.charter.bench.sidebyside.model.ModelOracle;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.bench.sidebyside.workload.Workloads;
import org.junit.jupiter.api.Test;

class AgreementCheckTest {

    private final Workload workload = Workloads.named("fintech", 64);
    private final ModelOracle oracle = new ModelOracle(workload.model());

    @Test
    void anEngineThatAlwaysPermitsDisagreesWhereverTheModelDoesNot() {
        AgreementCheck.Outcome outcome = AgreementCheck.run("permissive", workload, i -> Verdict.PERMIT);

        assertFalse(outcome.agrees());
        long notPermitted = workload.requests().stream()
                .filter(r -> oracle.decide(r) != Verdict.PERMIT)
                .count();
        assertEquals(notPermitted, outcome.disagreements().size());
    }

    @Test
    void anEngineThatThrowsDisagreesAndTheErrorIsKept() {
        AgreementCheck.Outcome outcome = AgreementCheck.run("broken", workload, i -> {
            throw new IllegalStateException("boom");
        });

        assertEquals(workload.requests().size(), outcome.disagreements().size());
        assertNull(outcome.disagreements().get(0).actual());
        assertEquals(
                "java.lang.IllegalStateException: boom",
                outcome.disagreements().get(0).error());
    }

    @Test
    void theCountsAreTheModelsDecisions() {
        AgreementCheck.Outcome outcome = AgreementCheck.run(
                "oracle", workload, i -> oracle.decide(workload.requests().get(i)));

        assertEquals(
                workload.requests().size(),
                outcome.counts().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(0, outcome.disagreements().size());
    }
}
