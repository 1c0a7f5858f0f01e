package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.testing.GoldenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The complete example of LANGUAGE.md §1 (copied verbatim to {@code good/lending.charter})
 * compiles clean and lowers to the program in {@code good/lending.ir}; a two-file constitution
 * using every construct lowers to {@code good/crm.ir}: expanded action patterns, {@code when} and
 * {@code unless} in one condition, inferred columns, facts as body-less clauses, strata in
 * dependency order. {@code -Dcharter.golden.update=true} rewrites the expected text.
 */
class LanguageExampleTest {

    private static final Path GOOD = Path.of("src/test/resources/good");

    static Program lending() throws IOException {
        Compilation c = Compiler.compile(
                List.of(new SourceFile("lending.charter", Files.readString(GOOD.resolve("lending.charter")))));
        assertEquals(List.of(), c.diagnostics());
        return c.program().orElseThrow();
    }

    @Test
    void lowersToTheExpectedProgram() throws IOException {
        assertLowersTo(lending(), GOOD.resolve("lending.ir"));
    }

    @Test
    void aConstitutionInTwoFilesLowersWithEveryConstruct() throws IOException {
        Path dir = GOOD.resolve("crm");
        Compilation c = Compiler.compile(List.of(
                new SourceFile("header.charter", Files.readString(dir.resolve("header.charter"))),
                new SourceFile("rules.charter", Files.readString(dir.resolve("rules.charter")))));
        assertEquals(List.of(), c.diagnostics());
        assertLowersTo(c.program().orElseThrow(), GOOD.resolve("crm.ir"));
    }

    private static void assertLowersTo(Program program, Path expected) {
        GoldenFile.assertMatches(expected, ProgramText.of(program));
    }

    @Test
    void mayOfAgentIsAnAtomOverTheAgentAndAnActionConstant() throws IOException {
        DecisionRule small = lending().rule("small_payment").orElseThrow();
        Expr.And and = (Expr.And) small.condition();
        Expr.Atom may = (Expr.Atom) and.operands().get(3);
        assertEquals("may", may.relation());
        assertTrue(may.arguments().get(0) instanceof Expr.Agent);
        assertEquals(PrimitiveType.ACTION, may.arguments().get(1).type());
    }

    @Test
    void derivedOnlyRelationsGetInferredColumns() throws IOException {
        var may = lending().relation("may").orElseThrow();
        assertEquals(
                List.of(PrimitiveType.STRING, PrimitiveType.ACTION),
                may.columns().stream().map(f -> f.type()).toList());
    }
}
