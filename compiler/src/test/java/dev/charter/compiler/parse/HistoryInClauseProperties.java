package dev.charter.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any history term written in a Datalog clause's body is reported as {@code history-in-clause},
 * once, whatever its aggregate, summand, effect, actions and clauses: never as a bare syntax
 * error about the words inside it.
 */
class HistoryInClauseProperties {

    @Provide
    Arbitrary<Expression> historyTerms() {
        return AstArbitraries.history();
    }

    @Property(tries = 300)
    void aHistoryTermInAClauseBodyIsHistoryInClause(@ForAll("historyTerms") Expression term) {
        String source = "frequent(C) :- customer(C), " + AstPrinter.print(term) + ".\n";

        List<Diagnostic> diagnostics = Parser.parse("clause.charter", source).diagnostics();

        assertEquals(
                List.of(DiagnosticCode.HISTORY_IN_CLAUSE),
                diagnostics.stream().map(Diagnostic::code).toList(),
                () -> source + diagnostics);
    }
}
