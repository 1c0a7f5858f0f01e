package dev.charter.solver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExamplesTest {
    @Test
    void explore() throws IOException {
        try (Stream<Path> files = Files.walk(Constitutions.repository().resolve("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".charter") && !p.toString().contains("/target/")).sorted().toList()) {
                long t0 = System.nanoTime();
                Report r = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile(f));
                System.out.println("== " + f.getFileName() + " " + (System.nanoTime() - t0) / 1000000 + "ms");
                r.findings().forEach(x -> System.out.println("  " + x.kind().code() + " " + x.rules() + " " + x.message()
                        + (x.witness() == null ? "" : "\n     " + x.witness().toJson())));
            }
        }
    }
}
