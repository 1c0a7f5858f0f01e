package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * Every {@link DiagnosticCode} is shown by a test case and documented. The cases are the
 * compiler's two golden corpora (compiled here, their output pinned by {@code GoldenDiagnosticsTest}
 * and {@code SyntaxErrorGoldenTest}), a file too large to check in, and the solver's corpus (its {@code // expect:} lines, which
 * {@link CorpusTest} holds the analyses to). The documentation is the tables of
 * {@code docs/language.md} whose first column is {@code code}: they list exactly the enum's codes,
 * at the enum's severity where they give one.
 */
class DiagnosticCodeCoverageTest {

    /** A compiler defect: no constitution is meant to cause it, so no case can show it. */
    private static final Set<DiagnosticCode> WITHOUT_A_CASE = EnumSet.of(DiagnosticCode.INTERNAL_ERROR);

    private static final Path COMPILER_CORPORA = Path.of("../compiler/src/test/resources");
    private static final List<Path> COMPILED_CORPORA =
            List.of(COMPILER_CORPORA.resolve("bad"), COMPILER_CORPORA.resolve("charter/bad"));
    private static final Path SOLVER_CORPUS = Path.of("src/test/resources/corpus");
    private static final Path REFERENCE = Path.of("../docs/language.md");
    private static final Pattern FIRST_CELL_CODE = Pattern.compile("`([a-z]+(?:-[a-z]+)*)`");

    @Test
    void everyCodeIsProducedByACaseOfTheCorpora() {
        Set<String> shown = new TreeSet<>();
        COMPILED_CORPORA.forEach(corpus -> shown.addAll(compiledCodes(corpus)));
        shown.addAll(expectedFindingCodes());
        shown.addAll(oversizedFileCodes());
        Set<String> unshown = new TreeSet<>();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            if (!WITHOUT_A_CASE.contains(code) && !shown.contains(code.code())) {
                unshown.add(code.code());
            }
        }
        assertEquals(Set.of(), unshown, "codes no case of " + COMPILED_CORPORA + " or " + SOLVER_CORPUS + " produces");
    }

    @Test
    void theReferenceDocumentsExactlyTheCodesAtTheirSeverity() throws IOException {
        Map<String, String> documented = documentedCodes(Files.readString(REFERENCE));
        Set<String> codes = new TreeSet<>();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            codes.add(code.code());
            String severity = documented.get(code.code());
            if (severity != null && !severity.isEmpty()) {
                assertEquals(code.severity().keyword(), severity, "the severity docs/language.md gives " + code.code());
            }
        }
        assertEquals(codes, documented.keySet(), "the codes of docs/language.md's tables and of DiagnosticCode");
    }

    /**
     * The codes in the first column of every table headed {@code | code |}, each with its
     * severity column's text, or "" for tables without one.
     */
    private static Map<String, String> documentedCodes(String reference) {
        Map<String, String> codes = new TreeMap<>();
        int severityColumn = -1;
        boolean inCodeTable = false;
        for (String line : reference.split("\n")) {
            if (!line.startsWith("|")) {
                inCodeTable = false;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equals("code")) {
                inCodeTable = true;
                severityColumn = cells.indexOf("severity");
                continue;
            }
            if (!inCodeTable || cells.get(0).startsWith("---")) {
                continue;
            }
            Matcher code = FIRST_CELL_CODE.matcher(cells.get(0));
            while (code.find()) {
                codes.put(code.group(1), severityColumn < 0 ? "" : cells.get(severityColumn));
            }
        }
        return codes;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(1).split("\\|")) {
            cells.add(cell.trim());
        }
        return cells;
    }

    /** The codes compiling each case of {@code corpus} reports: a file, or a folder of files for one constitution. */
    private static Set<String> compiledCodes(Path corpus) {
        Set<String> codes = new TreeSet<>();
        for (Path entry : list(corpus)) {
            List<Path> files = Files.isDirectory(entry) ? list(entry) : List.of(entry);
            List<SourceFile> sources = files.stream()
                    .filter(f -> f.toString().endsWith(".charter"))
                    .map(DiagnosticCodeCoverageTest::source)
                    .toList();
            if (!sources.isEmpty()) {
                Compiler.compile(sources)
                        .diagnostics()
                        .forEach(d -> codes.add(d.code().code()));
            }
        }
        return codes;
    }

    /** A file of more than a megabyte, the one case too large to check in. */
    private static Set<String> oversizedFileCodes() {
        SourceFile huge = new SourceFile("huge.charter", "// " + "x".repeat(1 << 20));
        Set<String> codes = new TreeSet<>();
        Compiler.compile(List.of(huge))
                .diagnostics()
                .forEach(d -> codes.add(d.code().code()));
        return codes;
    }

    /** The finding codes the solver corpus's {@code // expect:} lines name. */
    private static Set<String> expectedFindingCodes() {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOLVER_CORPUS)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".charter")).toList()) {
                CorpusTest.expected(Files.readString(file)).forEach(line -> codes.add(line.split(" ")[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
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
}
