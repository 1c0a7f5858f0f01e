package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of bad constitutions under {@code src/test/resources/bad}: each case (a
 * {@code .charter} file, or a directory of them for one constitution in several files) compiles
 * to exactly the diagnostics in its {@code .expected} file, code, position, message and help.
 * Run with {@code -Dcharter.golden.update=true} to rewrite the expected files from the compiler's
 * current output, then review the change like code.
 */
class GoldenDiagnosticsTest {

    static final Path CORPUS = Path.of("src/test/resources/bad");
    private static final boolean UPDATE = Boolean.getBoolean("charter.golden.update");
    private static final Path CHECKS = Path.of("src/main/java/dev/charter/compiler/check");
    private static final Path REFERENCE = Path.of("../docs/language.md");
    private static final Pattern REPORTED_CODE = Pattern.compile("error\\(\\s*\"([a-z]+(?:-[a-z]+)*)\"");

    @TestFactory
    Stream<DynamicTest> everyBadConstitutionGivesItsExpectedDiagnostics() {
        return cases().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            String actual = render(compile(c));
            Path expectedFile = expectedFile(c);
            if (UPDATE) {
                Files.writeString(expectedFile, actual);
            }
            assertTrue(Files.exists(expectedFile), () -> "no " + expectedFile + "; run with -Dcharter.golden.update=true");
            assertEquals(Files.readString(expectedFile), actual, c.toString());
            assertFalse(actual.isEmpty(), c + " is meant to be bad but compiles clean");
        }));
    }

    @Test
    void theCorpusHasAtLeastFortyCases() {
        assertTrue(cases().count() >= 40);
    }

    @Test
    void everyCodeTheChecksReportIsCoveredByTheCorpusAndDocumented() throws IOException {
        Set<String> reported = reportedCodes();
        reported.remove("internal-error");
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> compile(c).diagnostics().forEach(d -> covered.add(d.code().code())));
        Set<String> uncovered = new TreeSet<>(reported);
        uncovered.removeAll(covered);
        assertEquals(Set.of(), uncovered, "codes without a bad constitution in " + CORPUS);
        String reference = Files.readString(REFERENCE);
        Set<String> undocumented = new TreeSet<>();
        reported.stream().filter(code -> !reference.contains("`" + code + "`")).forEach(undocumented::add);
        assertEquals(Set.of(), undocumented, "codes missing from docs/language.md");
    }

    static Set<String> reportedCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.list(CHECKS)) {
            for (Path source : sources.toList()) {
                Matcher m = REPORTED_CODE.matcher(Files.readString(source));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    static Stream<Path> cases() {
        try (Stream<Path> entries = Files.list(CORPUS)) {
            return entries.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".charter")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Compilation compile(Path c) {
        try {
            List<Path> files = Files.isDirectory(c)
                    ? Files.list(c).filter(p -> p.toString().endsWith(".charter")).sorted().toList()
                    : List.of(c);
            List<SourceFile> sources = files.stream().map(GoldenDiagnosticsTest::source).toList();
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

    /** {@code file:line:col severity[code] message}, then {@code   help: ...} and {@code   note at ...: ...}. */
    static String render(Compilation compilation) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : compilation.diagnostics()) {
            text.append(d.span()).append(' ').append(d.severity().keyword()).append('[').append(d.code()).append("] ")
                    .append(d.message()).append('\n');
            for (Diagnostic.Label label : d.labels()) {
                text.append("  note at ").append(label.span()).append(": ").append(label.message()).append('\n');
            }
            if (d.help() != null) {
                text.append("  help: ").append(d.help()).append('\n');
            }
        }
        return text.toString();
    }
}
