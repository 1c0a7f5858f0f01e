package dev.charter.compiler;

import static dev.charter.compiler.ParameterTypeChecks.assertDecidesCompiledAndDecoded;
import static dev.charter.compiler.ParameterTypeChecks.assertOnlyCode;
import static dev.charter.compiler.ParameterTypeChecks.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.parse.AstPrinter;
import dev.charter.compiler.parse.Parser;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Explanation;
import dev.charter.runtime.ir.Program;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Object parameters ({@code address: { city: string, zip?: string }}), read by dotted paths
 * ({@code request.address.city}): compiled from source, decided by the runtime, carried through
 * the bundle, and the guard analysis over optional objects and their fields.
 */
class ObjectParametersTest {

    private static final String SCHEMA = """
            constitution "shop" version 1 { timezone "UTC" }
            action ship {
              order: string,
              address: { city: string, zip?: string, geo?: { lat: int, ... } },
              gift?: { note: string, wrap?: bool },
            }
            """;

    private static final String RULES = """
            rule paris:
              permit ship
              when request.address.city == "Paris"
               and (request.address.zip == null or request.address.zip starts_with "75");
            rule wrapped_gifts:
              escalate ship to "gifts"
              when request.gift != null and request.gift.wrap != null and request.gift.wrap
              priority 10;
            rule north:
              deny ship
              when request.address.geo != null and request.address.geo.lat > 60
              priority 20;
            default deny;
            """;

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("a nested field is read", ship("\"address\": {\"city\": \"Paris\"}"), "permit (rule)"),
                Arguments.of(
                        "an optional field present in the object is read",
                        ship("\"address\": {\"city\": \"Paris\", \"zip\": \"13001\"}"),
                        "deny (default)"),
                Arguments.of(
                        "an optional object present is read",
                        ship("\"address\": {\"city\": \"Lyon\"}, \"gift\": {\"note\": \"hi\", \"wrap\": true}"),
                        "escalate (rule)"),
                Arguments.of(
                        "an optional object given as null is absent",
                        ship("\"address\": {\"city\": \"Paris\"}, \"gift\": null"),
                        "permit (rule)"),
                Arguments.of(
                        "an object two levels down is read",
                        ship("\"address\": {\"city\": \"Paris\", \"geo\": {\"lat\": 70}}"),
                        "deny (rule)"),
                Arguments.of(
                        "an open object ignores keys it does not declare",
                        ship("\"address\": {\"city\": \"Paris\", \"geo\": {\"lat\": 1, \"lon\": 2}}"),
                        "permit (rule)"),
                Arguments.of(
                        "an undeclared key inside a strict object is undeclared",
                        ship("\"address\": {\"city\": \"Paris\", \"street\": \"x\"}"),
                        "deny (undeclared_attribute)"),
                Arguments.of(
                        "a required field missing inside an object is missing",
                        ship("\"address\": {\"zip\": \"75001\"}"),
                        "deny (missing_attribute)"),
                Arguments.of(
                        "a required field missing inside an optional object is missing",
                        ship("\"address\": {\"city\": \"Paris\"}, \"gift\": {\"wrap\": true}"),
                        "deny (missing_attribute)"),
                Arguments.of(
                        "a missing parameter is found before an undeclared key inside an object",
                        "{\"agent\": \"a\", \"action\": \"ship\", \"request\": "
                                + "{\"address\": {\"city\": \"Paris\", \"street\": \"x\"}}}",
                        "deny (missing_attribute)"),
                Arguments.of(
                        "a required object missing is missing",
                        "{\"agent\": \"a\", \"action\": \"ship\", \"request\": {\"order\": \"o1\"}}",
                        "deny (missing_attribute)"),
                Arguments.of(
                        "a string where an object is expected is ill-typed",
                        ship("\"address\": \"Paris\""),
                        "deny (ill_typed_attribute)"),
                Arguments.of(
                        "a list where an object is expected is ill-typed",
                        ship("\"address\": [\"Paris\"]"),
                        "deny (ill_typed_attribute)"),
                Arguments.of(
                        "null for a required object is ill-typed",
                        ship("\"address\": null"),
                        "deny (ill_typed_attribute)"),
                Arguments.of(
                        "a field of the wrong type inside an object is ill-typed",
                        ship("\"address\": {\"city\": 7}"),
                        "deny (ill_typed_attribute)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void decides(String name, String request, String expected) {
        assertDecidesCompiledAndDecoded(compile(SCHEMA + RULES), request, expected);
    }

    @Test
    void failuresNameTheFullPath() {
        Engine engine = Engine.forProgram(compile(SCHEMA + RULES));
        Decision undeclared = engine.decideJson(ship("\"address\": {\"city\": \"Paris\", \"street\": \"x\"}"));
        assertTrue(
                undeclared.toJson().contains("request.address.street is not declared by object request.address"),
                undeclared::toJson);
        Decision missing = engine.decideJson(ship("\"address\": {\"city\": \"Paris\"}, \"gift\": {}"));
        assertTrue(missing.toJson().contains("request.gift.note is missing"), missing::toJson);
    }

    @Test
    void whyNotNamesTheFieldAndTheValueRead() {
        Engine engine = Engine.forProgram(compile(SCHEMA + RULES));
        Explanation e = engine.decideJson(ship("\"address\": {\"city\": \"Lyon\"}, \"gift\": {\"note\": \"x\"}"))
                .explain();
        Explanation.FailedCondition paris = verdict(e, "paris").failed();
        assertEquals("request.address.city == \"Paris\"", paris.text());
        assertEquals(Map.of("request.address.city", "Lyon"), paris.values());
        Explanation.FailedCondition wrapped = verdict(e, "wrapped_gifts").failed();
        assertEquals("request.gift.wrap != null", wrapped.text());
    }

    @Test
    void whyNotShowsAnAbsentObjectAsNull() {
        Engine engine = Engine.forProgram(compile(SCHEMA + RULES));
        Explanation e =
                engine.decideJson(ship("\"address\": {\"city\": \"Lyon\"}")).explain();
        Explanation.FailedCondition wrapped = verdict(e, "wrapped_gifts").failed();
        assertEquals("request.gift != null", wrapped.text());
        assertTrue(e.toText().contains("request.gift != null was false (request.gift = null)"), e::toText);
        assertTrue(e.toJson().contains("\"request.gift\":null"), e::toJson);
    }

    @Test
    void formatsObjectTypesAsWritten() {
        String formatted = AstPrinter.print(Parser.parse("s.charter", SCHEMA).file());
        assertTrue(
                formatted.contains("action ship { order: string, address: { city: string, zip?: string, "
                        + "geo?: { lat: int, ... } }, gift?: { note: string, wrap?: bool } }"),
                formatted);
    }

    static Stream<Arguments> guards() {
        return Stream.of(
                Arguments.of("a required field of a required object", "when request.address.city == \"x\"", ""),
                Arguments.of(
                        "a field of an optional object after its presence test",
                        "when request.gift != null and request.gift.note == \"x\"",
                        ""),
                Arguments.of(
                        "an optional field's presence implies its object's",
                        "when request.gift.wrap != null and request.gift.note == \"x\"",
                        ""),
                Arguments.of(
                        "an optional field inside an optional object needs both tests",
                        "when request.gift != null and request.gift.wrap",
                        "unguarded-optional"),
                Arguments.of(
                        "a field of an optional object read unguarded",
                        "when request.gift.note == \"x\"",
                        "unguarded-optional"),
                Arguments.of(
                        "an optional field of a required object read unguarded",
                        "when request.address.zip == \"x\"",
                        "unguarded-optional"),
                Arguments.of("a required object is never null", "when request.address != null", "misplaced-null"),
                Arguments.of("an object read as a value", "when request.address == \"x\"", "object-as-value"),
                Arguments.of("an object as a condition", "when request.gift", "object-as-value"),
                Arguments.of(
                        "a field no object declares", "when request.address.street == \"x\"", "undefined-attribute"),
                Arguments.of(
                        "a path under a field that is not an object",
                        "when request.order.id == \"x\"",
                        "undefined-attribute"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guards")
    void checksWhereObjectFieldsAreRead(String name, String condition, String code) {
        Compilation c = Compiler.compile(List.of(
                new SourceFile("shop.charter", SCHEMA + "rule r: permit ship " + condition + ";\ndefault deny;\n")));
        assertOnlyCode(code, c);
    }

    @Test
    void duplicateFieldsInAnObjectAreReported() {
        Compilation c = Compiler.compile(List.of(new SourceFile(
                "d.charter",
                "constitution \"d\" version 1 { timezone \"UTC\" }\naction a { o: { x: int, x: int } }\n"
                        + "default deny;\n")));
        assertEquals(
                List.of("duplicate-parameter"),
                c.diagnostics().stream().map(d -> d.code().code()).toList(),
                c.diagnostics()::toString);
    }

    private static String ship(String arguments) {
        return "{\"agent\": \"a\", \"action\": \"ship\", \"request\": {\"order\": \"o1\", " + arguments + "}}";
    }

    private static Program compile(String source) {
        return ParameterTypeChecks.compile("shop.charter", source);
    }
}
