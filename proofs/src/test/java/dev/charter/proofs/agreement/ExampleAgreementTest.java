package dev.charter.proofs.agreement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance run of issue 6: on generated requests for every example constitution the
 * runtime and the solver's encoding reach the same decision, and the generated requests reach
 * every constant the conditions single out. The build runs 10,000 requests for the fintech
 * example and {@value #OTHERS} for the others, to keep {@code mvn verify} within minutes on two
 * cores; {@code -Dcharter.agreement.requests=10000} runs 10,000 for every example.
 */
class ExampleAgreementTest {

    static final int FINTECH = 10_000;
    static final int OTHERS = 3_000;

    private static int requests(String example) {
        Integer all = Integer.getInteger("charter.agreement.requests");
        return all != null ? all : example.equals("fintech") ? FINTECH : OTHERS;
    }

    @TestFactory
    Stream<DynamicTest> runtimeAndSolverAgreeOnEveryExample() {
        return ExampleConstitutions.names().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    ExampleConstitutions example = ExampleConstitutions.load(name);
                    AgreementReport report = AgreementRun.run(example.program(), example.facts(), requests(name), 6L);
                    System.out.printf(
                            "agreement %s: %d requests in %d ms (%.0f requests/s)%n",
                            name, report.requests(), report.elapsed().toMillis(), report.requestsPerSecond());
                    assertTrue(
                            report.disagreement().isEmpty(),
                            () -> name + ": runtime and solver disagree\n"
                                    + report.disagreement().get());
                    assertTrue(
                            report.missed().isEmpty(),
                            () -> name + ": no generated request reached " + report.missed());
                }));
    }
}
