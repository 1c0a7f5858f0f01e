package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.IntExpr;
import com.microsoft.z3.IntNum;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class Z3SessionTest {

    /** {@code len(s) - b == 23 and b > 9e18}: Z3's sequence solver throws "reached max unfolding" on it instead of answering. */
    private static BoolExpr hugeLength(Context z3) {
        IntExpr b = z3.mkIntConst("b");
        return z3.mkAnd(
                z3.mkEq(z3.mkSub(z3.mkLength(z3.mkConst("s", z3.getStringSort())), b), z3.mkInt(23)),
                z3.mkGt(b, z3.mkInt(9_000_000_000_000_000_000L)));
    }

    @Test
    void aCheckZ3ThrowsOnIsAnUnknownVerdictWithZ3sReasonAndTheQueryName() {
        try (Z3Session session = new Z3Session(Duration.ofSeconds(20), null)) {
            Z3Session.IncrementalSolver solver = session.openSolver("send");
            try (var query = solver.query("sized", hugeLength(session.context()))) {
                assertTrue(query.verdict().isUnknown(), query.verdict()::toString);
                assertEquals(
                        "error: reached max unfolding, on query send.sized",
                        query.verdict().reason());
            }
            Z3Session.AssumptionVerdict cored = solver.checkAssuming("cored", hugeLength(session.context()), List.of());
            assertTrue(cored.verdict().isUnknown(), cored.verdict()::toString);
            assertTrue(cored.core().isEmpty());
        }
    }

    @Test
    void aNarrowingZ3ThrowsOnIsRefusedAndTheQueryKeepsItsModel() {
        try (Z3Session session = new Z3Session(Duration.ofSeconds(20), null)) {
            Context z3 = session.context();
            IntExpr b = z3.mkIntConst("b");
            try (var query = session.openSolver("send").query("positive", z3.mkGt(b, z3.mkInt(0)))) {
                assertTrue(query.verdict().isSat());
                assertFalse(query.tryNarrow(hugeLength(z3)));
                assertTrue(query.verdict().isSat());
                assertTrue(((IntNum) query.model().eval(b, true)).getInt64() > 0);
                assertTrue(query.tryNarrow(z3.mkEq(b, z3.mkInt(7))));
                assertEquals(7, ((IntNum) query.model().eval(b, true)).getInt64());
            }
        }
    }

    @Test
    void aFixZ3ThrowsOnTurnsTheQueryUnknownWithNoModelToRead() {
        try (Z3Session session = new Z3Session(Duration.ofSeconds(20), null)) {
            Context z3 = session.context();
            try (var query = session.openSolver("send").query("anything", z3.mkTrue())) {
                assertTrue(query.verdict().isSat());
                assertFalse(query.fix(hugeLength(z3)));
                assertTrue(query.verdict().isUnknown());
                assertTrue(query.verdict().reason().contains("reached max unfolding"), query.verdict()::reason);
            }
        }
    }
}
