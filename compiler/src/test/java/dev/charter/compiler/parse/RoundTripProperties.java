package dev.charter.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.ast.Expression;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Printing is the inverse of parsing: parse(print(ast)) is ast again, spans aside. */
class RoundTripProperties {

    @Provide
    Arbitrary<ConstitutionFile> files() {
        return AstArbitraries.files();
    }

    @Provide
    Arbitrary<Expression> expressions() {
        return AstArbitraries.expression(5);
    }

    @Property(tries = 500)
    void parsing_the_printed_file_gives_back_the_same_tree(@ForAll("files") ConstitutionFile file) {
        String printed = AstPrinter.print(file);
        ParseResult result = Parser.parse("printed.charter", printed);
        assertEquals(List.of(), result.diagnostics(), printed);
        assertNull(SpanBlindEquality.difference(file, result.file()), printed);
    }

    @Property(tries = 500)
    void deep_conditions_keep_their_shape_with_minimal_parentheses(@ForAll("expressions") Expression condition) {
        String printed = "assert generated:\n  " + AstPrinter.print(condition) + ";\n";
        ParseResult result = Parser.parse("printed.charter", printed);
        assertEquals(List.of(), result.diagnostics(), printed);
        Expression parsed = ((dev.charter.compiler.ast.Declaration.AssertDecl)
                        result.file().declarations().get(0))
                .condition();
        assertNull(SpanBlindEquality.difference(condition, parsed), printed);
    }

    @Property(tries = 200)
    void printing_is_stable(@ForAll("files") ConstitutionFile file) {
        String printed = AstPrinter.print(file);
        assertEquals(
                printed,
                AstPrinter.print(Parser.parse("printed.charter", printed).file()));
    }
}
