package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.Program;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Constants take the type their position expects, and lowering writes them with that type. */
class ConstantsByPositionTest {

    private static final String SCHEMA = """
            constitution "c" version 1 { }
            enum Tier { free, pro }
            action pay { amount: decimal }
            relation limit(team: string, max: decimal)
            relation tier_of(team: string, tier: Tier)
            """;

    private static Program compile(String body) {
        Compilation c = Compiler.compile(List.of(new SourceFile("c.charter", SCHEMA + body)));
        assertEquals(List.of(), c.diagnostics());
        return c.program().orElseThrow();
    }

    @Test
    void anIntInADecimalColumnIsADecimal() {
        String text = ProgramText.of(compile("limit(ops, 100).\nrule r: permit pay when limit(\"ops\", 100);\n"));
        assertTrue(text.contains("limit(string:\"ops\", decimal:100)."), text);
        assertTrue(text.contains("Atom limit(string:\"ops\", decimal:100)"), text);
    }

    @Test
    void aBareNameInADatalogStringColumnIsThatString() {
        String text = ProgramText.of(compile("tier_of(ops, pro).\n"));
        assertTrue(text.contains("tier_of(string:\"ops\", Tier:pro)."), text);
    }

    @Test
    void setMembersTakeTheOperandsType() {
        String text = ProgramText.of(compile("rule r: permit pay when request.amount in { 10, 20.5 };\n"));
        assertTrue(text.contains("In(request.amount:decimal, {decimal:10, decimal:20.5})"), text);
    }

    @Test
    void negativeLiteralsInConditionsAreConstantsSoTheyMayMultiply() {
        String text = ProgramText.of(compile("rule r: permit pay when -2 * request.amount < -10;\n"));
        assertTrue(text.contains("Arith(int:-2 * request.amount:decimal):decimal < int:-10"), text);
    }

    @Test
    void inAnAssertionRequestAttributesComeFromTheActionsThatDeclareThem() {
        Program p = compile("""
                action view {}
                rule r: permit view;
                assert a: pay and request.amount > 5 => decision == deny;
                """);
        assertTrue(ProgramText.expr(p.assertions().get(0).condition()).contains("request.amount:decimal"));
    }
}
