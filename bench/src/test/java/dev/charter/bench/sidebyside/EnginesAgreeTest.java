package dev.charter.bench.sidebyside;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.bench.sidebyside.contender.Contender;
import dev.charter.bench.sidebyside.contender.Contenders;
import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.bench.sidebyside.workload.Workloads;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agreement check of the benchmarks, on small sizes of every workload: each engine's
 * translation decides every request as the model does. No timing here; timings are in the JMH
 * benchmarks only.
 */
class EnginesAgreeTest {

    private static final int REQUESTS = 256;

    static Stream<Arguments> enginesAndWorkloads() {
        return Stream.of("threshold-32", "threshold-200", "delegation-60", "fintech", "overlap-200")
                .flatMap(w -> Contenders.all().stream().map(c -> Arguments.of(c.name(), w)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("enginesAndWorkloads")
    void everyEngineMakesTheModelsDecisionOnEveryRequest(String engine, String workloadName) throws Exception {
        Workload workload = Workloads.named(workloadName, REQUESTS);
        Contender contender = Contenders.named(engine);

        AgreementCheck.Outcome outcome = AgreementCheck.run(contender, workload);

        assertTrue(outcome.agrees(), () -> engine + " on " + workloadName + ": " + outcome.disagreements());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aSecondThreadsDeciderAgreesToo(String engine) throws Exception {
        Workload workload = Workloads.named("delegation-60", REQUESTS);
        Contender.Loaded loaded = Contenders.named(engine).load(workload);
        loaded.decider();

        AgreementCheck.Outcome outcome = AgreementCheck.run(engine, workload, loaded.decider());

        assertTrue(outcome.agrees(), () -> engine + ": " + outcome.disagreements());
    }

    static Stream<String> engines() {
        return Contenders.all().stream().map(Contender::name);
    }
}
