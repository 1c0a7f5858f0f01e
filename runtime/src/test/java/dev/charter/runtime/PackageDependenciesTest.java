package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime's package structure, checked on its compiled classes: the ledger (its own module)
 * is built on the runtime and never the other way round, and the runtime's packages depend on
 * each other without a cycle (the Datalog engine knows nothing of the runtime that drives it).
 */
class PackageDependenciesTest {

    private static CompiledReferences runtime;

    @BeforeAll
    static void readTheRuntimesClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(
                Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "the runtime's classes are read from a class folder, not " + classes);
        runtime = CompiledReferences.of(classes);
    }

    @Test
    void theScanSeesTheRuntimeUseTheDatalogEngine() {
        assertTrue(
                runtime.byClass()
                        .get("dev.charter.runtime.DecisionPlan")
                        .contains("dev.charter.runtime.datalog.DatalogEvaluator"),
                "the scan must see what a class refers to, or the checks below prove nothing");
    }

    @Test
    void noRuntimeClassRefersToTheLedger() {
        Map<String, List<String>> offenders = new TreeMap<>();
        runtime.byClass()
                .forEach((from, referred) -> referred.stream()
                        .filter(to -> to.startsWith("dev.charter.runtime.ledger."))
                        .forEach(to -> offenders
                                .computeIfAbsent(from, f -> new ArrayList<>())
                                .add(to)));
        assertEquals(Map.of(), offenders);
    }

    @Test
    void theDatalogEngineDoesNotDependOnTheRuntimePackage() {
        Map<String, Set<String>> fromDatalog =
                runtime.packageEdges().getOrDefault("dev.charter.runtime.datalog", Map.of());
        assertEquals(Set.of(), fromDatalog.getOrDefault("dev.charter.runtime", Set.of()));
    }

    @Test
    void theRuntimesPackagesDependOnEachOtherWithoutACycle() {
        Map<String, Map<String, Set<String>>> edges = runtime.packageEdges();
        for (String start : edges.keySet()) {
            List<String> cycle = cycleThrough(start, start, edges, new ArrayList<>(List.of(start)));
            assertEquals(
                    List.of(), cycle, () -> "package cycle " + cycle + ", made by " + referencesAlong(cycle, edges));
        }
    }

    /** A path of packages from {@code at} back to {@code start}, or an empty list when there is none. */
    private static List<String> cycleThrough(
            String start, String at, Map<String, Map<String, Set<String>>> edges, List<String> path) {
        for (String next : edges.getOrDefault(at, Map.of()).keySet()) {
            if (!next.startsWith("dev.charter.runtime")) {
                continue;
            }
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (!path.contains(next)) {
                path.add(next);
                List<String> cycle = cycleThrough(start, next, edges, path);
                if (!cycle.isEmpty()) {
                    return cycle;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    private static List<Set<String>> referencesAlong(List<String> cycle, Map<String, Map<String, Set<String>>> edges) {
        List<Set<String>> references = new ArrayList<>();
        for (int i = 0; i + 1 < cycle.size(); i++) {
            references.add(edges.get(cycle.get(i)).get(cycle.get(i + 1)));
        }
        return references;
    }
}
