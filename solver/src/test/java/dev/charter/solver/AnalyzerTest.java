package dev.charter.solver;

import static dev.charter.solver.ProgramBuilder.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    private Program payments(dev.charter.runtime.ir.Expr smallBound, dev.charter.runtime.ir.Expr largeBound) {
        return new ProgramBuilder()
                .context("verified", PrimitiveType.BOOL)
                .action("pay", param("amount", PrimitiveType.DECIMAL), param("destination", PrimitiveType.STRING))
                .rule("small", Effect.PERMIT, "pay", smallBound, 0)
                .rule("large", Effect.ESCALATE, "pay", largeBound, 10)
                .assertion(
                        "large_reviewed",
                        implies(
                                compare(request("amount", PrimitiveType.DECIMAL), CompareOp.GE, decimal("10000")),
                                not(decisionIs(Effect.PERMIT))))
                .build();
    }

    @Test
    void aThresholdLeftBetweenStrictBoundsIsACoverageHoleAtTheThresholdItself() {
        dev.charter.runtime.ir.Expr amount = request("amount", PrimitiveType.DECIMAL);
        Program program = payments(
                compare(amount, CompareOp.LT, decimal("10000")), compare(amount, CompareOp.GT, decimal("10000")));
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        report.findings().forEach(f -> System.out.println(f.toJson(false)));
        List<Finding> holes = report.ofKind(FindingKind.COVERAGE_HOLE);
        assertEquals(1, holes.size());
        assertEquals(
                "10000",
                holes.get(0).witness().request().get("request").get("amount").asText());
        assertTrue(report.ofKind(FindingKind.ASSERTION_PROVED).size() == 1);
    }
}
