package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --emit-smt}: every query is written as a self-contained SMT-LIB 2 file carrying Z3's
 * answer, and an independent solver (cvc5, installed by {@code .ci/run}) reaches the same answer
 * on a sample of them — proofs that do not rest on Z3 alone.
 */
class SmtExportTest {

    private static final Path FLAWED = Constitutions.repository().resolve("examples/flawed/expenses.charter");
    private static final int SAMPLE = 40;

    @Test
    void everyQueryIsWrittenWithItsAnswer(@TempDir Path dir) throws IOException {
        new Analyzer(AnalysisOptions.defaults().withSmtDirectory(dir)).analyze(Constitutions.compile(FLAWED));
        List<Path> files = queries(dir);
        assertTrue(files.size() > 20, "queries written: " + files.size());
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(
                    text.contains("(set-info :status sat)") || text.contains("(set-info :status unsat)"),
                    file::toString);
            assertTrue(text.contains("(check-sat)"), file::toString);
        }
    }

    @Test
    void cvc5AgreesWithZ3OnASample(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(onPath("cvc5"), "cvc5 is not installed (.ci/run installs it)");
        new Analyzer(AnalysisOptions.defaults().withSmtDirectory(dir)).analyze(Constitutions.compile(FLAWED));
        List<Path> files = queries(dir);
        int step = Math.max(1, files.size() / SAMPLE);
        int decided = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < files.size(); i += step) {
            Path file = files.get(i);
            String expected = Files.readString(file).contains("(set-info :status unsat)") ? "unsat" : "sat";
            String answer = cvc5(file);
            if (answer.equals("sat") || answer.equals("unsat")) {
                decided++;
                if (!answer.equals(expected)) {
                    disagreements.add(file.getFileName() + ": z3 " + expected + ", cvc5 " + answer);
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(decided >= Math.min(10, files.size() / step), "cvc5 decided only " + decided + " queries");
    }

    private static List<Path> queries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".smt2")).sorted().toList();
        }
    }

    private static String cvc5(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("cvc5", "--lang=smt2", "--strings-exp", "--tlimit=20000", file.toString())
                .redirectErrorStream(true)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "timeout";
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return out.lines().findFirst().orElse("");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null
                && Stream.of(path.split(java.io.File.pathSeparator))
                        .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }
}
