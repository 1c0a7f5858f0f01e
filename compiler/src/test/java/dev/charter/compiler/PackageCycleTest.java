package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiler's packages depend on each other one way only: the facade on the stages, the
 * stages on the AST and the diagnostics, never back. Read from the source: every reference to a
 * {@code dev.charter.compiler} type outside comments, imported or written out in full.
 */
class PackageCycleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.charter\\.compiler(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void theCompilersPackagesFormNoCycle() {
        Map<String, Set<String>> uses = dependencies();
        assertTrue(
                uses.containsKey("dev.charter.compiler.check") && uses.containsKey("dev.charter.compiler.parse"),
                () -> "no compiler packages found under " + SOURCES.toAbsolutePath() + ": " + uses.keySet());
        List<String> cycle = new ArrayList<>();
        for (String start : uses.keySet()) {
            cycle = cycleThrough(start, uses);
            if (!cycle.isEmpty()) {
                break;
            }
        }
        assertEquals(List.of(), cycle, "a cycle between the compiler's packages");
    }

    @Test
    void theStagesDoNotDependOnTheFacade() {
        Map<String, Set<String>> uses = dependencies();
        for (String stage : List.of("dev.charter.compiler.check", "dev.charter.compiler.parse")) {
            assertFalse(uses.get(stage).contains("dev.charter.compiler"), () -> stage + " uses " + uses.get(stage));
        }
    }

    /** The shortest path from {@code start} back to itself, as the packages it passes, or empty. */
    private static List<String> cycleThrough(String start, Map<String, Set<String>> uses) {
        Map<String, String> reachedFrom = new TreeMap<>();
        List<String> frontier = new ArrayList<>(List.of(start));
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String from : frontier) {
                for (String to : uses.getOrDefault(from, Set.of())) {
                    if (to.equals(start)) {
                        List<String> path = new ArrayList<>(List.of(start));
                        for (String at = from; !at.equals(start); at = reachedFrom.get(at)) {
                            path.add(1, at);
                        }
                        path.add(start);
                        return path;
                    }
                    if (reachedFrom.putIfAbsent(to, from) == null) {
                        next.add(to);
                    }
                }
            }
            frontier = next;
        }
        return List.of();
    }

    /** Each compiler package and the other compiler packages its sources refer to. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
                Matcher declared = PACKAGE.matcher(code);
                if (!declared.find()) {
                    continue;
                }
                String own = declared.group(1);
                Set<String> used = uses.computeIfAbsent(own, p -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(code);
                while (reference.find()) {
                    if (!reference.group(1).equals(own)) {
                        used.add(reference.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }
}
