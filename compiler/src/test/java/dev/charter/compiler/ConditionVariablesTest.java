package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.Program;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the compiler places the {@code exists} of a condition's variables, the types it gives
 * them, and which uses it rejects.
 */
class ConditionVariablesTest {

    private static final String SCHEMA = """
            constitution "c" version 1 { }
            enum Role { trader, head }
            action pay { amount: decimal, count: int, desk: string }
            input relation role(agent: string, role: Role)
            input relation limit(role: Role, max: decimal)
            input relation blocked(desk: string)
            """;

    private static Compilation compile(String rules) {
        return Compiler.compile(List.of(new SourceFile("c.charter", SCHEMA + rules)));
    }

    /** The printed IR of the only rule's condition. */
    private static String condition(String when) {
        Compilation c = compile("rule r: permit pay when " + when + ";\n");
        assertEquals(List.of(), c.diagnostics());
        Program p = c.program().orElseThrow();
        String text = ProgramText.of(p);
        return text.substring(text.indexOf("when ") + 5, text.indexOf('\n', text.indexOf("when ")));
    }

    private static List<String> errors(String when) {
        return compile("rule r: permit pay when " + when + ";\n").diagnostics().stream()
                .map(d ->
                        d.code().code() + " " + d.span().line() + ":" + d.span().column())
                .toList();
    }

    @Test
    void aVariableTakesTheTypeOfTheColumnThatBindsIt() {
        assertEquals(
                "Exists [L:decimal] Atom limit(Role:trader, L:decimal) : Compare(request.amount:decimal <= L:decimal)",
                condition("limit(trader, L) and request.amount <= L"));
    }

    @Test
    void operandsThatUseNoVariableStayOutsideWhereTheyStand() {
        assertEquals(
                "And(Compare(request.count:int > int:0), Exists [L:decimal] Atom limit(Role:trader, L:decimal) : "
                        + "Compare(request.amount:decimal <= L:decimal))",
                condition("request.count > 0 and request.amount <= L and limit(trader, L)"));
    }

    @Test
    void atomsBindLeftToRightAndOperandsWithoutVariablesStayOutside() {
        assertEquals(
                "And(Exists [R:Role, L:decimal] Atom role(Agent, R:Role), Atom limit(R:Role, L:decimal) : "
                        + "Compare(request.amount:decimal <= L:decimal), Not(Atom blocked(request.desk:string)))",
                condition("role(agent, R) and limit(R, L) and request.amount <= L and not blocked(request.desk)"));
    }

    @Test
    void eachSideOfOrBindsItsOwnVariables() {
        assertEquals(
                "Or(Exists [L:decimal] Atom limit(Role:trader, L:decimal) : Compare(request.amount:decimal <= L:decimal), "
                        + "Exists [R:Role] Atom role(Agent, R:Role) : Compare(R:Role == Role:head))",
                condition("limit(trader, L) and request.amount <= L or role(agent, R) and R == head"));
    }

    @Test
    void aConditionOfAtomsOnlyHasATrueBody() {
        assertEquals("Exists [R:Role] Atom role(Agent, R:Role) : bool:true", condition("role(agent, R)"));
    }

    @Test
    void unboundUsesAreErrorsAtTheirPosition() {
        assertEquals(List.of("unbound-variable 7:43"), errors("request.amount <= L"));
        assertEquals(List.of("unbound-variable 7:43"), errors("not limit(trader, L) and request.amount <= L"));
        assertEquals(List.of("unbound-variable 7:63"), errors("limit(trader, L) or request.amount <= L"));
    }

    @Test
    void aVariableUsedAtAnotherTypeIsATypeMismatch() {
        assertEquals(List.of("type-mismatch 7:46"), errors("limit(trader, L) and request.desk == L"));
        assertEquals(List.of("type-mismatch 7:68"), errors("limit(R, L) and role(agent, R) and blocked(R)"));
    }

    @Test
    void whyNotNamesTheLimitTheOrderWasComparedWith() {
        Compilation c = compile("rule r: permit pay when role(agent, R) and limit(R, L) and request.amount <= L;\n");
        Engine engine = Engine.forProgram(c.program().orElseThrow());
        engine.attach(FactSnapshot.parse(
                "{\"relations\": {\"role\": [[\"alice\", \"trader\"]], \"limit\": [[\"trader\", \"500\"]]}}"
                        .getBytes(StandardCharsets.UTF_8)));
        Decision d = engine.decideJson("{\"agent\": \"alice\", \"action\": \"pay\", \"time\": \"2026-04-14T14:30:00Z\","
                + " \"request\": {\"amount\": \"500.01\", \"count\": 1, \"desk\": \"d\"}}");
        String why = d.explain().toJson();
        assertTrue(why.contains("role(agent, R) and limit(R, L) and request.amount <= L"), why);
        assertTrue(why.contains("limit(trader, 500)"), why);
        assertTrue(why.contains("500.01"), why);
    }

    @Test
    void eachVariableIsReportedOncePerCondition() {
        List<Diagnostic> ds = compile(
                        "rule r: permit pay when request.amount <= L and request.count <= L unless L > 1;\n")
                .diagnostics();
        assertEquals(2, ds.size(), ds::toString);
    }
}
