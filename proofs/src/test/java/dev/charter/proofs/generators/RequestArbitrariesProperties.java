package dev.charter.proofs.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.proofs.agreement.AgreementCheck;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.lifecycle.AfterContainer;

class RequestArbitrariesProperties {

    private static final Path FINTECH = Path.of("..", "examples", "fintech");
    private static final Program PROGRAM = compile();
    private static final FactSnapshot FACTS = facts();
    private static final AgreementCheck CHECK = new AgreementCheck(PROGRAM);

    @AfterContainer
    static void releaseTheEncodings() {
        CHECK.close();
    }

    private static Program compile() {
        try {
            String text = Files.readString(FINTECH.resolve("lending.charter"));
            return Compiler.compile(List.of(new SourceFile("lending.charter", text)))
                    .program()
                    .orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static FactSnapshot facts() {
        try {
            return FactSnapshot.parse(Files.readAllBytes(FINTECH.resolve("facts.json")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Provide
    Arbitrary<Request> requests() {
        return RequestArbitraries.of(PROGRAM, FACTS).requests();
    }

    @Provide
    Arbitrary<FactSnapshot> snapshots() {
        return FactArbitraries.of(PROGRAM, FACTS).snapshots();
    }

    @Property(tries = 500)
    void everyGeneratedRequestIsValidForTheSchema(@ForAll("requests") Request request) {
        Decision decision = Engine.forProgram(PROGRAM).decide(request);
        Set<ReasonCode> refusals = Set.of(
                ReasonCode.MISSING_AGENT,
                ReasonCode.MISSING_ATTRIBUTE,
                ReasonCode.ILL_TYPED_ATTRIBUTE,
                ReasonCode.UNDECLARED_ATTRIBUTE,
                ReasonCode.UNKNOWN_ACTION,
                ReasonCode.MALFORMED_REQUEST);
        assertTrue(!refusals.contains(decision.reasonCode()), () -> decision.reasonCode() + " on " + request.toJson());
    }

    @Property(tries = 100)
    void everyGeneratedSnapshotIsAcceptedByTheEngine(@ForAll("snapshots") FactSnapshot snapshot) {
        Engine engine = Engine.forProgram(PROGRAM);
        engine.attach(snapshot);
        assertEquals(
                snapshot.digest(), FactSnapshot.parse(snapshot.canonicalBytes()).digest());
    }

    /** jqwik's engine shrinks this property's failures itself; here it must hold on every try. */
    @Property(tries = 300)
    void runtimeAndSolverAgreeUnderTheBaseSnapshot(@ForAll("requests") Request request) {
        assertTrue(
                CHECK.check(FACTS, request).isEmpty(),
                () -> CHECK.check(FACTS, request).get().toString());
    }

    @Example
    void theThresholdAndItsNeighboursAreTargets() {
        List<BiasTarget> amount = RequestArbitraries.of(PROGRAM, FACTS).bias().targets().stream()
                .filter(t -> t.action().equals("initiate_payment") && t.path().equals("request.amount"))
                .toList();
        for (String expected : List.of("10000", "9999", "10001", "9999.99", "10000.01")) {
            assertTrue(
                    amount.stream().anyMatch(t -> t.value().equals(new Value.DecimalValue(new BigDecimal(expected)))),
                    () -> expected + " is not among " + amount);
        }
    }

    @Example
    void aRequestFailingAboveTheThresholdShrinksToTheThreshold() {
        RandomGenerator<Request> payments = RequestArbitraries.of(PROGRAM, FACTS)
                .requests("initiate_payment")
                .generator(1000);
        Random random = new Random(42);
        Shrinkable<Request> failing = payments.next(random);
        while (!isLarge(failing.value())) {
            failing = payments.next(random);
        }
        Request smallest = Shrinking.smallest(failing, RequestArbitrariesProperties::isLarge);
        assertEquals(0, amount(smallest).compareTo(new BigDecimal("10000")), smallest.toJson());
    }

    private static boolean isLarge(Request request) {
        return amount(request).compareTo(new BigDecimal("10000")) >= 0;
    }

    private static BigDecimal amount(Request request) {
        return new BigDecimal(request.parameters().get("amount").toString());
    }
}
