package dev.charter.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.charter.proofs.cases.ActualDecision;
import dev.charter.proofs.cases.AssertionOutcome;
import dev.charter.proofs.cases.CaseOutcome;
import dev.charter.proofs.cases.Expectation;
import dev.charter.proofs.cases.SuiteRun;
import dev.charter.proofs.cases.TestCase;
import dev.charter.proofs.cases.TestedConstitution;
import dev.charter.runtime.ir.Effect;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Test results built by hand, for the report formats. */
final class TestRuns {

    static final String FILE = "examples/fintech/lending.charter-test";
    static final TestedConstitution LENDING = new TestedConstitution(
            "examples/fintech/lending.charter",
            List.of("balance_ok", "small_payment", "large_payment", "no_credit_changes"));

    private TestRuns() {}

    static TestCase testCase(String name, Expectation expectation) {
        return new TestCase(name, Optional.empty(), JsonNodeFactory.instance.objectNode(), expectation, 7);
    }

    static Expectation expect(Effect effect, String rule) {
        return new Expectation(effect, Optional.empty(), List.of(rule), Optional.empty(), Optional.empty());
    }

    static ActualDecision decided(Effect effect, String rule) {
        return new ActualDecision(
                effect,
                Optional.empty(),
                List.of(rule),
                Optional.empty(),
                "rule",
                "{\"decision\":\"" + effect.keyword() + "\",\"rule\":\"" + rule + "\",\"trace\":{\"matched\":[\"" + rule
                        + "\"]}}");
    }

    static CaseOutcome outcome(String name, Expectation expectation, ActualDecision actual) {
        return new CaseOutcome(
                FILE,
                testCase(name, expectation),
                Optional.of(actual),
                expectation.mismatches(actual),
                Optional.empty(),
                Duration.ofMillis(2));
    }

    /** Two passing tests, one wrong decision, one that could not run; small_payment and no_credit_changes decided. */
    static SuiteRun mixed() {
        CaseOutcome passing = outcome(
                "small payment", expect(Effect.PERMIT, "small_payment"), decided(Effect.PERMIT, "small_payment"));
        CaseOutcome alsoPassing = outcome(
                "credit <limits> & \"quotes\"",
                expect(Effect.DENY, "no_credit_changes"),
                decided(Effect.DENY, "no_credit_changes"));
        CaseOutcome wrong = outcome(
                "large payment", expect(Effect.ESCALATE, "large_payment"), decided(Effect.DENY, "no_credit_changes"));
        CaseOutcome broken = new CaseOutcome(
                FILE,
                testCase("broken facts", expect(Effect.DENY, "x")),
                Optional.empty(),
                List.of(),
                Optional.of("facts.json: no such file"),
                Duration.ZERO);
        return new SuiteRun(
                FILE, Optional.of(LENDING), List.of(passing, alsoPassing, wrong, broken), List.of(), Optional.empty());
    }

    /** A run of the lending constitution whose tests decided nothing, and whose assertions got every verdict. */
    static SuiteRun assertionsOnly() {
        return new SuiteRun(
                "other.charter-test",
                Optional.of(LENDING),
                List.of(),
                List.of(
                        new AssertionOutcome("reviewed", "proved", "proved", "holds", Optional.empty()),
                        new AssertionOutcome("documented_gap", "refuted", "refuted", "fails", Optional.of("{}")),
                        new AssertionOutcome("hard", "proved", "inconclusive", "timeout", Optional.empty()),
                        new AssertionOutcome("wrong", "proved", "refuted", "fails", Optional.of("{}"))),
                Optional.empty());
    }
}
