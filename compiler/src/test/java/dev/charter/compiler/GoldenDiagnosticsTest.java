package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.testing.GoldenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of bad constitutions under {@code src/test/resources/bad}: each case (a
 * {@code .charter} file, or a directory of them for one constitution in several files) compiles
 * to exactly the diagnostics in its {@code .expected} file ({@link DiagnosticListing}): code,
 * position, message, notes and help. {@code -Dcharter.golden.update=true} rewrites the expected
 * files from the compiler's current output ({@link GoldenFile}); review the change like code.
 */
class GoldenDiagnosticsTest {

    static final Path CORPUS = Path.of("src/test/resources/bad");

    @TestFactory
    Stream<DynamicTest> everyBadConstitutionGivesItsExpectedDiagnostics() {
        return cases().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            String actual = DiagnosticListing.of(compile(c).diagnostics());
            assertFalse(actual.isEmpty(), c + " is meant to be bad but compiles clean");
            GoldenFile.assertMatches(expectedFile(c), actual);
        }));
    }

    @Test
    void theCorpusHasAtLeastFortyCases() {
        assertTrue(cases().count() >= 40);
    }

    static Stream<Path> cases() {
        try (Stream<Path> entries = Files.list(CORPUS)) {
            return entries
                    .filter(p -> Files.isDirectory(p) || p.toString().endsWith(".charter"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Compilation compile(Path c) {
        try {
            List<Path> files = Files.isDirectory(c)
                    ? Files.list(c)
                            .filter(p -> p.toString().endsWith(".charter"))
                            .sorted()
                            .toList()
                    : List.of(c);
            List<SourceFile> sources =
                    files.stream().map(GoldenDiagnosticsTest::source).toList();
            return Compiler.compile(sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceFile source(Path file) {
        try {
            return new SourceFile(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path expectedFile(Path c) {
        String name = c.getFileName().toString().replaceFirst("\\.charter$", "");
        return c.resolveSibling(name + ".expected");
    }
}
