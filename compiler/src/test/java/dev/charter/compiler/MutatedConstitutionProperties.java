package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Valid constitutions with names swapped, misspelt, lines dropped or repeated: mostly still
 * parseable, semantically broken in every way the checks know. Whatever comes in, the checks
 * answer with diagnostics, never with an exception or an internal error, and a program exactly
 * when there is no error.
 */
class MutatedConstitutionProperties {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*|\"[^\"]*\"|\\d+(\\.\\d+)?");
    private static final List<String> SEEDS = List.of(
            read("src/test/resources/good/lending.charter"),
            read("src/test/resources/good/crm/header.charter") + read("src/test/resources/good/crm/rules.charter"));

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 400)
    void checksAnswerEveryMutantWithDiagnostics(@ForAll("mutants") String text) {
        Compilation c = Compiler.compile(List.of(new SourceFile("mutant.charter", text)));
        assertEquals(c.hasErrors(), c.program().isEmpty(), () -> c.diagnostics().toString());
        for (Diagnostic d : c.diagnostics()) {
            assertNotNull(d.message());
            assertTrue(d.code() != DiagnosticCode.INTERNAL_ERROR, () -> d + "\n" + text);
        }
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        return seed.flatMap(s -> Arbitraries.integers().between(1, 4).flatMap(n -> mutate(s, n)));
    }

    private Arbitrary<String> mutate(String text, int times) {
        Arbitrary<String> result = Arbitraries.just(text);
        for (int i = 0; i < times; i++) {
            result = result.flatMap(this::oneMutation);
        }
        return result;
    }

    private Arbitrary<String> oneMutation(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        String[] lines = text.split("\n", -1);
        Arbitrary<Integer> word = Arbitraries.integers().between(0, words.size() - 1);
        Arbitrary<Integer> line = Arbitraries.integers().between(0, lines.length - 1);
        Arbitrary<String> swapped = Combinators.combine(word, word)
                .as((a, b) -> replace(text, words.get(a), text.substring(words.get(b)[0], words.get(b)[1])));
        Arbitrary<String> misspelt = Combinators.combine(
                        word, Arbitraries.integers().between(0, 3))
                .as((a, cut) -> {
                    String w = text.substring(words.get(a)[0], words.get(a)[1]);
                    return replace(
                            text, words.get(a), w.length() > cut + 1 ? w.substring(0, w.length() - 1 - cut) : w + "x");
                });
        Arbitrary<String> dropped = line.map(l -> {
            List<String> kept = new ArrayList<>(List.of(lines));
            kept.remove((int) l);
            return String.join("\n", kept);
        });
        Arbitrary<String> repeated = line.map(l -> {
            List<String> more = new ArrayList<>(List.of(lines));
            more.add(l, lines[l]);
            return String.join("\n", more);
        });
        return Arbitraries.oneOf(swapped, misspelt, dropped, repeated);
    }

    private static String replace(String text, int[] at, String with) {
        return text.substring(0, at[0]) + with + text.substring(at[1]);
    }
}
