package dev.charter.proofs.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs test classes that use the extension through the JUnit platform and checks what it reports. */
class CharterExtensionTest {

    @CharterConstitution(value = "../examples/fintech/lending.charter", requests = 200)
    static class Fintech {
        @TestFactory
        Stream<DynamicNode> constitution(CharterSuite suite) {
            return suite.tests();
        }
    }

    @CharterConstitution(
            value = "../examples/fintech/lending.charter",
            tests = "src/test/resources/junit/wrong.charter-test",
            requests = 200)
    static class WrongExpectation {
        @TestFactory
        Stream<DynamicNode> constitution(CharterSuite suite) {
            return suite.tests();
        }
    }

    @CharterConstitution("src/test/resources/junit/missing.charter")
    static class MissingConstitution {
        @TestFactory
        Stream<DynamicNode> constitution(CharterSuite suite) {
            return Stream.of(suite.assertions(), suite.agreement());
        }
    }

    private static Events tests(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testClass))
                .execute()
                .testEvents();
    }

    @Test
    void everyCaseAssertionAndTheAgreementPropertyIsASeparatePassingTest() {
        Events events = tests(Fintech.class);
        // 11 cases in lending.charter-test, 1 assertion, 1 agreement property
        events.assertStatistics(s -> s.started(13).succeeded(13).failed(0));
        events.assertThatEvents()
                .haveExactly(1, event(test(), displayName("large_payments_reviewed"), finishedSuccessfully()));
        events.assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test(),
                                displayName("runtime and solver agree on 200 generated requests"),
                                finishedSuccessfully()));
        events.assertThatEvents()
                .haveExactly(
                        1,
                        event(test(), displayName("exactly 10000 is already a large payment"), finishedSuccessfully()));
    }

    @Test
    void aWrongExpectationFailsAloneWithTheDifference() {
        Events events = tests(WrongExpectation.class);
        events.assertStatistics(s -> s.started(4).succeeded(3).failed(1));
        events.assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test(),
                                displayName("a large payment is permitted (wrong: it is escalated)"),
                                finishedWithFailure(
                                        message(m -> m.contains("decision: expected permit, got escalate")))));
    }

    @Test
    void aConstitutionThatCannotBeReadFailsItsTestsWithTheReason() {
        Events events = tests(MissingConstitution.class);
        events.assertStatistics(s -> s.failed(2).succeeded(0));
        events.assertThatEvents()
                .haveExactly(
                        2,
                        event(
                                test(),
                                finishedWithFailure(message(m -> m.contains("missing.charter: cannot be read")))));
    }
}
