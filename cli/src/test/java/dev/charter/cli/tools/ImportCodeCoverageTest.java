package dev.charter.cli.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@link ImportCode} is documented in {@code docs/tools-import.md} at its severity, and
 * shown by a golden file of {@code charter tools import}.
 */
class ImportCodeCoverageTest {

    private static final Path REFERENCE = Path.of("../docs/tools-import.md");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/tools");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (error|warning) \\|", Pattern.MULTILINE);
    private static final Pattern SHOWN = Pattern.compile("^(?:error|warning)\\[([a-z-]+)\\]", Pattern.MULTILINE);

    @Test
    void the_reference_documents_exactly_the_codes_at_their_severity() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(REFERENCE));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        Map<String, String> codes = new TreeMap<>();
        for (ImportCode code : ImportCode.values()) {
            codes.put(code.code(), code.severity().keyword());
        }
        assertEquals(codes, documented);
    }

    @Test
    void every_code_is_shown_by_a_golden_file() throws IOException {
        Set<String> shown = new TreeSet<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Matcher m = SHOWN.matcher(Files.readString(file));
                while (m.find()) {
                    shown.add(m.group(1));
                }
            }
        }
        Set<String> codes = new TreeSet<>();
        for (ImportCode code : ImportCode.values()) {
            codes.add(code.code());
        }
        assertEquals(codes, shown);
    }
}
