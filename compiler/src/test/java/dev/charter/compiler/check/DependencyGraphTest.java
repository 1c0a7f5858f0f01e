package dev.charter.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    private static final SourceSpan AT = new SourceSpan("t.charter", 1, 1, 1, 1);

    private static DependencyGraph.Edge reads(String from, String to) {
        return new DependencyGraph.Edge(from, to, false, AT);
    }

    private static DependencyGraph.Edge negates(String from, String to) {
        return new DependencyGraph.Edge(from, to, true, AT);
    }

    @Test
    void putsEveryComponentAfterTheOnesItReads() {
        DependencyGraph g = new DependencyGraph(
                List.of("may", "grants", "role"),
                List.of(reads("may", "role"), reads("may", "grants"), reads("may", "may")));
        List<Set<String>> components = g.components();
        assertTrue(components.indexOf(Set.of("may")) > components.indexOf(Set.of("role")));
        assertTrue(components.indexOf(Set.of("may")) > components.indexOf(Set.of("grants")));
    }

    @Test
    void positiveRecursionStaysInOneStratum() {
        DependencyGraph g =
                new DependencyGraph(List.of("grants", "may"), List.of(reads("may", "grants"), reads("may", "may")));
        assertEquals(List.of(List.of("grants", "may")), g.strata());
        assertTrue(g.negativeCycles().isEmpty());
    }

    @Test
    void negationPushesTheReaderToALaterStratum() {
        DependencyGraph g = new DependencyGraph(
                List.of("blocked", "ok", "user"),
                List.of(negates("ok", "blocked"), reads("ok", "user"), reads("blocked", "user")));
        assertEquals(List.of(List.of("blocked", "user"), List.of("ok")), g.strata());
    }

    @Test
    void namesTheCycleThroughNegation() {
        DependencyGraph g = new DependencyGraph(List.of("p", "q"), List.of(negates("p", "q"), reads("q", "p")));
        List<DependencyGraph.NegativeCycle> cycles = g.negativeCycles();
        assertEquals(1, cycles.size());
        assertEquals("p -> not q -> p", cycles.get(0).render());
    }

    @Test
    void namesTheShortestWayBackInALongerCycle() {
        DependencyGraph g = new DependencyGraph(
                List.of("a", "b", "c", "d"),
                List.of(reads("a", "b"), reads("b", "c"), negates("c", "a"), reads("b", "d"), reads("d", "c")));
        assertEquals("c -> not a -> b -> c", g.negativeCycles().get(0).render());
    }

    @Test
    void aRelationNegatingItselfIsACycle() {
        DependencyGraph g = new DependencyGraph(List.of("p"), List.of(negates("p", "p")));
        assertEquals("p -> not p", g.negativeCycles().get(0).render());
    }

    @Test
    void handlesLongChainsWithoutRecursion() {
        List<String> nodes = new java.util.ArrayList<>();
        List<DependencyGraph.Edge> edges = new java.util.ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            nodes.add("r" + i);
            if (i > 0) {
                edges.add(reads("r" + i, "r" + (i - 1)));
            }
        }
        assertEquals(50_000, new DependencyGraph(nodes, edges).components().size());
    }
}
