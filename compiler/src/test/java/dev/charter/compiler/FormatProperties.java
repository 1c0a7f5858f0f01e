package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.compiler.format.FormatResult;
import dev.charter.compiler.format.Formatter;
import dev.charter.compiler.parse.AstArbitraries;
import dev.charter.compiler.parse.AstPrinter;
import dev.charter.compiler.parse.Parser;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of {@code charter fmt}, over random trees printed and laid out at random with
 * comments, and over the examples and the compiler's good constitutions (whole and mutated), laid
 * out the same way: formatting is idempotent, keeps every comment in order, keeps the tree, and
 * compiling the formatted text gives the same program — or the same errors — as the original.
 */
class FormatProperties {

    private static final List<String> CONSTITUTIONS = constitutions();

    private static List<String> constitutions() {
        try (Stream<Path> examples = Files.walk(Path.of("../examples"))) {
            Stream<Path> good = Stream.of(
                            "src/test/resources/good/lending.charter",
                            "src/test/resources/good/crm/header.charter",
                            "src/test/resources/good/crm/rules.charter")
                    .map(Path::of);
            return Stream.concat(
                            examples.filter(p -> p.toString().endsWith(".charter"))
                                    .sorted(),
                            good)
                    .map(FormatProperties::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> generatedFiles() {
        return AstArbitraries.files().map(AstPrinter::print).flatMap(CommentedLayouts::of);
    }

    @Provide
    Arbitrary<String> constitutionsLaidOut() {
        return Arbitraries.of(CONSTITUTIONS).flatMap(CommentedLayouts::of);
    }

    @Provide
    Arbitrary<String> mutantsLaidOut() {
        return new MutatedConstitutionProperties().mutants().flatMap(CommentedLayouts::of);
    }

    @Property(tries = 300)
    void formatting_a_generated_file_is_idempotent_and_keeps_its_tree_and_comments(
            @ForAll("generatedFiles") String text) {
        assertFormattedFaithfully(text);
    }

    @Property(tries = 100)
    void formatting_a_constitution_keeps_its_program(@ForAll("constitutionsLaidOut") String text) {
        String formatted = assertFormattedFaithfully(text);
        assertSameCompilation(text, formatted);
    }

    @Property(tries = 200)
    void formatting_a_mutant_keeps_its_program_or_its_errors_and_refuses_only_syntax_errors(
            @ForAll("mutantsLaidOut") String text) {
        FormatResult result = Formatter.format(new SourceFile("mutant.charter", text));
        if (Parser.parse("mutant.charter", text).hasErrors()) {
            FormatResult.Refused refused = assertInstanceOf(FormatResult.Refused.class, result, text);
            assertEquals(
                    List.of(),
                    refused.diagnostics().stream()
                            .filter(d -> d.code() == DiagnosticCode.INTERNAL_ERROR)
                            .toList());
            return;
        }
        assertSameCompilation(text, assertFormattedFaithfully(text));
    }

    private static String assertFormattedFaithfully(String text) {
        FormatResult result = Formatter.format(new SourceFile("laid-out.charter", text));
        String formatted = assertInstanceOf(FormatResult.Formatted.class, result, () -> result + "\n" + text)
                .text();
        FormatResult again = Formatter.format(new SourceFile("laid-out.charter", formatted));
        assertEquals(
                formatted,
                assertInstanceOf(FormatResult.Formatted.class, again, formatted).text(),
                "not idempotent");
        assertEquals(CommentedLayouts.comments(text), CommentedLayouts.comments(formatted), formatted);
        assertEquals(
                AstPrinter.print(Parser.parse("a.charter", text).file()),
                AstPrinter.print(Parser.parse("a.charter", formatted).file()),
                formatted);
        return formatted;
    }

    private static void assertSameCompilation(String text, String formatted) {
        Compilation before = Compiler.compile(List.of(new SourceFile("c.charter", text)));
        Compilation after = Compiler.compile(List.of(new SourceFile("c.charter", formatted)));
        assertEquals(before.program().map(ProgramText::of), after.program().map(ProgramText::of), formatted);
        assertEquals(codes(before), codes(after), formatted);
    }

    private static List<DiagnosticCode> codes(Compilation compilation) {
        return compilation.diagnostics().stream().map(Diagnostic::code).sorted().toList();
    }
}
