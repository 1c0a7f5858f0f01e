package dev.charter.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.DiagnosticListing;
import dev.charter.compiler.DiagnosticPrinter;
import dev.charter.compiler.SourceFile;
import dev.charter.testing.GoldenFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus {@code charter/bad/*.charter}: each file's syntax diagnostics must match its
 * {@code .expected} file, in the same {@link DiagnosticListing} as every other corpus, and their
 * rendering its {@code .rendered} file. Regenerate with {@code -Dcharter.golden.update=true}.
 */
class SyntaxErrorGoldenTest {

    private static final Path CORPUS = Path.of("src/test/resources/charter/bad");

    @TestFactory
    Stream<DynamicTest> every_bad_file_reports_its_expected_diagnostics() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(CORPUS)) {
            files = listing.filter(p -> p.toString().endsWith(".charter"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertTrue(files.size() >= 40, "the corpus has " + files.size() + " files");
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        SourceFile source = new SourceFile(name, Files.readString(file, StandardCharsets.UTF_8));
        ParseResult result = Parser.parse(source.name(), source.text());
        assertTrue(result.hasErrors(), name + " parsed without errors");
        String base = name.substring(0, name.length() - ".charter".length());
        GoldenFile.assertMatches(CORPUS.resolve(base + ".expected"), DiagnosticListing.of(result.diagnostics()));
        GoldenFile.assertMatches(
                CORPUS.resolve(base + ".rendered"), DiagnosticPrinter.render(result.diagnostics(), List.of(source)));
    }
}
