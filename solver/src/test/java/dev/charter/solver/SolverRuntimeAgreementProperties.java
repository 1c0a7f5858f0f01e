package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BoolExpr;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Value;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The solver and the runtime interpret the IR identically (ARCHITECTURE.md principle 3): on
 * random small constitutions every witness the analyses produce is confirmed by the runtime,
 * and on random requests, each over a random history (the runtime reading it from a fixed-values
 * reader, the encoding with its history unknowns fixed to it), the runtime's decision is the one
 * the solver's encoding gives. On
 * constitutions that push Z3 to its limits the analyses may be inconclusive, but never throw and
 * never report a witness the runtime does not confirm.
 */
class SolverRuntimeAgreementProperties {

    @Provide
    Arbitrary<Program> constitutions() {
        return RandomConstitutions.programs();
    }

    @Provide
    Arbitrary<Program> hardConstitutions() {
        return RandomConstitutions.hardPrograms();
    }

    @Provide
    Arbitrary<ConcreteRequest> requests() {
        return RandomConstitutions.requests();
    }

    @Property(tries = 60)
    void everyWitnessReproducesInTheRuntime(@ForAll("constitutions") Program program) {
        Report report =
                new Analyzer(AnalysisOptions.defaults().withQueryTimeout(Duration.ofSeconds(20))).analyze(program);
        List<Finding> unconfirmed = report.ofKind(FindingKind.INCONCLUSIVE);
        assertTrue(unconfirmed.isEmpty(), () -> unconfirmed.get(0).message() + "\nrules: " + program.rules());
        for (Finding f : report.findings()) {
            if (f.witness() != null) {
                assertTrue(f.witness().decision() != null, "a reported witness carries the runtime's decision");
            }
        }
    }

    @Property(tries = 100, seed = "20261203")
    void theAnalysesNeverThrowAndTheRuntimeConfirmsEveryHoleTheyReport(@ForAll("hardConstitutions") Program program) {
        Report report =
                new Analyzer(AnalysisOptions.defaults().withQueryTimeout(Duration.ofSeconds(5))).analyze(program);
        List<Finding> disagreements = report.findings().stream()
                .filter(f -> f.message().contains("please report"))
                .toList();
        assertTrue(disagreements.isEmpty(), () -> disagreements.get(0).message() + "\nrules: " + program.rules());
        for (Finding hole : report.ofKind(FindingKind.COVERAGE_HOLE)) {
            assertEquals("default", hole.witness().decision().get("reason_code").asText(), hole::message);
        }
        Statistics.label("inconclusive findings")
                .collect(report.ofKind(FindingKind.INCONCLUSIVE).size());
    }

    @Property(tries = 15, seed = "20261203")
    void aDiffOfTwoVersionsNeverThrowsAndTheRuntimeConfirmsEveryExample(
            @ForAll("hardConstitutions") Program before, @ForAll("hardConstitutions") Program after) {
        DiffReport diff = new VersionDiff(AnalysisOptions.defaults().withQueryTimeout(Duration.ofSeconds(5)))
                .compare(before, after);
        for (ActionChange change : diff.actions()) {
            assertTrue(!change.message().contains("please report"), change::message);
        }
        Statistics.label("inconclusive actions")
                .collect(diff.actions().stream()
                        .filter(c -> c.status() == ActionChange.Status.INCONCLUSIVE)
                        .count());
    }

    @Property(tries = 300)
    void theRuntimesDecisionIsTheEncodingsDecision(
            @ForAll("constitutions") Program program, @ForAll("requests") ConcreteRequest request) {
        Decision actual = Engine.forProgram(program)
                .decide(
                        Request.parse(request.toJson(ZoneId.of("UTC")).toString())
                                .explained(),
                        WitnessHistory.reader(program, request.history()));
        Statistics.label("reads history").collect(!program.historyQueries().isEmpty());
        Prediction encoded = encodedDecision(program, request);
        Optional<String> disagreement = RuntimeConfirmation.disagreement(encoded, actual);
        assertEquals(Optional.empty(), disagreement, () -> "request " + request + "\nrules " + program.rules());
    }

    /** The properties above are only as strong as the programs they see: many of them read history. */
    @Example
    void randomConstitutionsReadHistory() {
        long reading = RandomConstitutions.programs()
                .sampleStream()
                .limit(100)
                .filter(p -> !p.historyQueries().isEmpty())
                .count();
        assertTrue(reading >= 20, "only " + reading + " of 100 random constitutions read history");
    }

    /**
     * The decision the encoding gives once every attribute of the request, and every count and
     * sum of its history, is fixed to its value.
     */
    private static Prediction encodedDecision(Program program, ConcreteRequest request) {
        try (Z3Session session = new Z3Session(Duration.ofSeconds(20), null)) {
            ValueCodec codec = new ValueCodec(session.context(), List.of(program.schema()));
            FactSlots slots = new FactSlots(codec, List.of(program));
            ActionModel model = ActionModels.open(
                            session,
                            codec,
                            program,
                            KnowledgeFactory.of(codec, program, AnalysisOptions.defaults(), slots),
                            slots,
                            program.schema().action(request.action()).orElseThrow())
                    .proof();
            List<BoolExpr> fixed = new ArrayList<>();
            fixed.add(model.space().fixString("agent", request.agent()));
            model.space()
                    .objectPresence()
                    .forEach((path, present) -> fixed.add(
                            request.objects().contains(path)
                                    ? present
                                    : codec.z3().mkNot(present)));
            model.space()
                    .sessionPresenceIfRead()
                    .ifPresent(present -> fixed.add(
                            request.value(ConcreteRequest.SESSION) != null
                                    ? present
                                    : codec.z3().mkNot(present)));
            for (RequestSpace.Slot slot : model.space().slots()) {
                if (slot.type() instanceof ListType) {
                    fixed.add(model.space().fixList(slot.path(), request.lists().get(slot.path())));
                    continue;
                }
                Value value = request.value(slot.path());
                if (slot.present() != null) {
                    fixed.add(value == null ? codec.z3().mkNot(slot.present()) : slot.present());
                    if (value == null) {
                        continue;
                    }
                }
                fixed.add(
                        value instanceof Value.StringValue s
                                ? model.space().fixString(slot.path(), s.value())
                                : codec.z3().mkEq(slot.term(), codec.encodeHistory(value, slot.type())));
            }
            try (var query = model.solver().query("fixed", codec.z3().mkAnd(fixed.toArray(new BoolExpr[0])))) {
                assertTrue(query.verdict().isSat(), "a well-typed request is in the encoding's domain");
                return Prediction.of(
                        query.model(),
                        codec,
                        model.decision().rules(),
                        model.decision().resolution(),
                        model.decision()::matches);
            }
        }
    }
}
