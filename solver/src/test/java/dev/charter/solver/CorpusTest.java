package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of planted defects ({@code corpus/<finding-kind>/*.charter}, at least five cases a
 * kind, and one query Z3 gives up on for {@code inconclusive}) and clean constitutions ({@code corpus/clean}): each file lists, in {@code // expect:}
 * lines, exactly the findings the analyses must report — kind, {@code @assertion} and rules — so a
 * missed defect and a false positive both fail. Every witness among them was confirmed by the
 * runtime, or the finding would be {@code inconclusive} and not match.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @TestFactory
    Stream<DynamicTest> everyCaseReportsExactlyItsExpectedFindings() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            cases = files.filter(p -> p.toString().endsWith(".charter"))
                    .sorted()
                    .toList();
        }
        return cases.stream()
                .map(file -> DynamicTest.dynamicTest(CORPUS.relativize(file).toString(), () -> {
                    String text = Files.readString(file);
                    Report report = new Analyzer(AnalysisOptions.defaults())
                            .analyze(Constitutions.compile(file.getFileName().toString(), text));
                    assertEquals(
                            expected(text), actual(report), () -> "findings of " + file + ":\n" + describe(report));
                }));
    }

    static List<String> expected(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("// expect: ")) {
                out.add(normalise(
                        List.of(line.substring("// expect: ".length()).trim().split("\\s+"))));
            }
        }
        return out.stream().sorted().toList();
    }

    static List<String> actual(Report report) {
        List<String> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            List<String> words = new ArrayList<>();
            words.add(f.kind().code());
            if (f.assertion() != null) {
                words.add("@" + f.assertion());
            }
            words.addAll(f.rules());
            out.add(normalise(words));
        }
        return out.stream().sorted().toList();
    }

    private static String normalise(List<String> words) {
        List<String> head = words.stream()
                .filter(w -> w.equals(words.get(0)) || w.startsWith("@"))
                .toList();
        List<String> rules =
                words.stream().filter(w -> !head.contains(w)).sorted().toList();
        List<String> all = new ArrayList<>(head);
        all.addAll(rules);
        return String.join(" ", all);
    }

    private static String describe(Report report) {
        StringBuilder out = new StringBuilder();
        report.findings()
                .forEach(f -> out.append("  ")
                        .append(f.kind().code())
                        .append(' ')
                        .append(f.rules())
                        .append(' ')
                        .append(f.message())
                        .append('\n'));
        return out.toString();
    }
}
