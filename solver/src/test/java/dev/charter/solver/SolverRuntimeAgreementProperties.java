package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BoolExpr;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Value;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The solver and the runtime interpret the IR identically (ARCHITECTURE.md principle 3): on
 * random small constitutions every witness the analyses produce is confirmed by the runtime,
 * and on random requests the runtime's decision is the one the solver's encoding gives.
 */
class SolverRuntimeAgreementProperties {

    @Provide
    Arbitrary<Program> constitutions() {
        return RandomConstitutions.programs();
    }

    @Provide
    Arbitrary<ConcreteRequest> requests() {
        return RandomConstitutions.requests();
    }

    @Property(tries = 60)
    void everyWitnessReproducesInTheRuntime(@ForAll("constitutions") Program program) {
        Report report = new Analyzer(AnalysisOptions.defaults().withQueryTimeout(Duration.ofSeconds(20))).analyze(program);
        List<Finding> unconfirmed = report.ofKind(FindingKind.INCONCLUSIVE);
        assertTrue(unconfirmed.isEmpty(), () -> unconfirmed.get(0).message() + "\nrules: " + program.rules());
        for (Finding f : report.findings()) {
            if (f.witness() != null) {
                assertTrue(f.witness().decision() != null, "a reported witness carries the runtime's decision");
            }
        }
    }

    @Property(tries = 300)
    void theRuntimesDecisionIsTheEncodingsDecision(@ForAll("constitutions") Program program,
                                                   @ForAll("requests") ConcreteRequest request) {
        Decision actual = Engine.forProgram(program).decide(Request.parse(request.toJson(ZoneId.of("UTC")).toString()));
        Prediction encoded = encodedDecision(program, request);
        Optional<String> disagreement = RuntimeConfirmation.disagreement(encoded, actual);
        assertEquals(Optional.empty(), disagreement, () -> "request " + request + "\nrules " + program.rules());
    }

    /** The decision the encoding gives once every attribute of the request is fixed to its value. */
    private static Prediction encodedDecision(Program program, ConcreteRequest request) {
        try (Z3Session session = new Z3Session(Duration.ofSeconds(20), null)) {
            ValueCodec codec = new ValueCodec(session.context(), List.of(program.schema()));
            FactSlots slots = new FactSlots(codec);
            ActionModel model = ActionModels.open(session, codec, program,
                    KnowledgeFactory.of(codec, program, AnalysisOptions.defaults(), slots), slots,
                    program.schema().action(request.action()).orElseThrow()).proof();
            List<BoolExpr> fixed = new ArrayList<>();
            fixed.add(model.space().fixString("agent", request.agent()));
            for (RequestSpace.Slot slot : model.space().slots()) {
                Value value = request.value(slot.path());
                fixed.add(value instanceof Value.StringValue s ? model.space().fixString(slot.path(), s.value())
                        : codec.z3().mkEq(slot.term(), codec.encode(value)));
            }
            try (var query = model.solver().query("fixed", codec.z3().mkAnd(fixed.toArray(new BoolExpr[0])))) {
                assertTrue(query.verdict().isSat(), "a well-typed request is in the encoding's domain");
                return Prediction.of(query.model(), codec, model.decision().rules(), model.decision().resolution(),
                        model.decision()::matches);
            }
        }
    }
}
