package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.check.Stage;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The named stages run in order and a compilation can stop after any of them. */
class StagesTest {

    /** One error for each stage after parsing. */
    private static final String ONE_ERROR_PER_STAGE = """
            constitution "stages" version 1 { timezone "UTC" }

            action pay { amount: decimal }
            input relation role(agent: string, level: int)

            rule r1: permit pay when request.amout > 1;
            rule r2: permit pay when request.amount == "many";
            loose(A, B) :- role(A, 1).
            p(A) :- role(A, 2), not q(A).
            q(A) :- role(A, 3), p(A).
            """;

    private static Set<String> codes(Stage stopAfter) {
        Compilation c = Compiler.compile(List.of(new SourceFile("stages.charter", ONE_ERROR_PER_STAGE)), stopAfter);
        assertTrue(c.program().isEmpty());
        Set<String> codes = new TreeSet<>();
        c.diagnostics().forEach(d -> codes.add(d.code().code()));
        return codes;
    }

    @Test
    void eachStageAddsItsOwnDiagnostics() {
        assertEquals(Set.of(), codes(Stage.PARSE));
        assertEquals(Set.of("undefined-attribute"), codes(Stage.RESOLVE));
        assertEquals(Set.of("undefined-attribute", "type-mismatch"), codes(Stage.TYPES));
        assertEquals(Set.of("undefined-attribute", "type-mismatch", "unsafe-variable"), codes(Stage.SAFETY));
        assertEquals(
                Set.of("undefined-attribute", "type-mismatch", "unsafe-variable", "negation-cycle"),
                codes(Stage.STRATIFY));
        assertEquals(codes(Stage.STRATIFY), codes(Stage.LOWER));
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = "LOWER", mode = EnumSource.Mode.EXCLUDE)
    void onlyLoweringProducesAProgram(Stage stopAfter) {
        String clean = "constitution \"ok\" version 1 { }\naction a {}\nrule r: permit a;\n";
        Compilation c = Compiler.compile(List.of(new SourceFile("ok.charter", clean)), stopAfter);
        assertFalse(c.hasErrors());
        assertTrue(c.program().isEmpty());
        assertTrue(Compiler.compile(List.of(new SourceFile("ok.charter", clean)))
                .program()
                .isPresent());
    }

    @Test
    void aSyntaxErrorStopsBeforeTheChecksSoNothingLooksUndefined() {
        String text =
                "constitution \"x\" version 1 { }\naction pay { amount decimal }\nrule r: permit pay when request.amount > 1;\n";
        Compilation c = Compiler.compile(List.of(new SourceFile("x.charter", text)));
        assertTrue(c.hasErrors());
        assertTrue(
                c.diagnostics().stream().noneMatch(d -> d.code().code().startsWith("undefined")),
                c.diagnostics()::toString);
    }

    @Test
    void diagnosticsOfAllFilesComeSortedByFileAndPosition() {
        Compilation c = Compiler.compile(List.of(
                new SourceFile("b.charter", "action a {}\nrule r: permit nope;\nrule s: permit nada;\n"),
                new SourceFile("a.charter", "constitution \"x\" version 1 { }\ndefault permit;\n")));
        assertEquals(
                List.of("a.charter:2:1", "b.charter:2:16", "b.charter:3:16"),
                c.diagnostics().stream().map(d -> d.span().toString()).toList());
    }
}
