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
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Program;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * List parameters ({@code paths: list<string>}, {@code sizes?: list<int, 3>}) read by the
 * quantifiers {@code any}, {@code all}, {@code count}, by {@code len} and {@code contains}:
 * compiled from source, decided by the runtime (before and after a bundle round trip), and the
 * diagnostics for their misuse.
 */
class ListParametersTest {

    private static final String SCHEMA = """
            constitution "files" version 1 { timezone "UTC" }
            enum Tier { gold, silver }
            action read_many { paths: list<string>, sizes?: list<int, 3>, tiers: list<Tier, 2>, prices: list<decimal> }
            action order { lines: list<{ sku: string, qty: int, gift?: bool }, 3> }
            """;

    private static final String RULES = """
            rule public_only:
              permit read_many
              when len(request.paths) > 0 and all(p in request.paths: p starts_with "/data/public/");
            rule secrets:
              deny read_many
              when any(p in request.paths: p matches /\\.key$/)
              priority 10;
            rule big:
              escalate read_many to "owner"
              when request.sizes != null and count(s in request.sizes: s > 100) >= 2
              priority 5;
            rule gold_exact:
              escalate read_many to "owner"
              when request.tiers contains gold and request.prices contains 2.5 and request.paths contains "/x"
              priority 5;
            rule bulk:
              escalate order to "owner"
              when any(l in request.lines: l.qty > 10 and l.sku starts_with "B-");
            rule small_orders:
              permit order
              when all(l in request.lines: l.qty <= 10);
            default deny;
            """;

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of(
                        "every path public", files("[\"/data/public/a\", \"/data/public/b\"]", ""), "permit (rule)"),
                Arguments.of("one path outside", files("[\"/data/public/a\", \"/etc/passwd\"]", ""), "deny (default)"),
                Arguments.of("an empty list: all holds, len is 0", files("[]", ""), "deny (default)"),
                Arguments.of(
                        "any finds the element that matches",
                        files("[\"/data/public/a\", \"/data/public/id.key\"]", ""),
                        "deny (rule)"),
                Arguments.of(
                        "count counts the elements the body holds for",
                        files("[\"/data/public/a\"]", ", \"sizes\": [101, 5, 200]"),
                        "escalate (rule)"),
                Arguments.of(
                        "count below its threshold",
                        files("[\"/data/public/a\"]", ", \"sizes\": [101, 5, 1]"),
                        "permit (rule)"),
                Arguments.of(
                        "an optional list left out",
                        files("[\"/data/public/a\"]", ", \"sizes\": null"),
                        "permit (rule)"),
                Arguments.of(
                        "contains on enums, decimals and strings",
                        "{\"agent\": \"a\", \"action\": \"read_many\", \"request\": {\"paths\": [\"/x\"], "
                                + "\"tiers\": [\"silver\", \"gold\"], \"prices\": [\"2.50\", 1]}}",
                        "escalate (rule)"),
                Arguments.of(
                        "a list longer than its bound",
                        files("[\"/data/public/a\"]", ", \"sizes\": [1, 2, 3, 4]"),
                        "deny (ill_typed_attribute)"),
                Arguments.of(
                        "an element of the wrong type",
                        files("[\"/data/public/a\", 7]", ""),
                        "deny (ill_typed_attribute)"),
                Arguments.of(
                        "a string where a list is expected",
                        files("\"/data/public/a\"", ""),
                        "deny (ill_typed_attribute)"),
                Arguments.of(
                        "an enum element that is not a value",
                        "{\"agent\": \"a\", \"action\": \"read_many\", \"request\": {\"paths\": [], "
                                + "\"tiers\": [\"bronze\"], \"prices\": []}}",
                        "deny (ill_typed_attribute)"),
                Arguments.of("null for a required list", files("null", ""), "deny (ill_typed_attribute)"),
                Arguments.of(
                        "a member of an element object is read",
                        order("[{\"sku\": \"A-1\", \"qty\": 2}, {\"sku\": \"B-7\", \"qty\": 11, \"gift\": true}]"),
                        "escalate (rule)"),
                Arguments.of(
                        "every element object within the limit",
                        order("[{\"sku\": \"A-1\", \"qty\": 2}, {\"sku\": \"B-7\", \"qty\": 3, \"gift\": null}]"),
                        "permit (rule)"),
                Arguments.of(
                        "an element object without a required member",
                        order("[{\"sku\": \"A-1\"}]"),
                        "deny (missing_attribute)"),
                Arguments.of(
                        "an element object with a key its type does not declare",
                        order("[{\"sku\": \"A-1\", \"qty\": 1, \"color\": \"red\"}]"),
                        "deny (undeclared_attribute)"),
                Arguments.of("an element that is not an object", order("[\"A-1\"]"), "deny (ill_typed_attribute)"),
                Arguments.of(
                        "a member of the wrong type",
                        order("[{\"sku\": \"A-1\", \"qty\": \"many\"}]"),
                        "deny (ill_typed_attribute)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void decides(String name, String request, String expected) {
        assertDecidesCompiledAndDecoded(compile(SCHEMA + RULES), request, expected);
    }

    @Test
    void aFailureNamesTheElementOrTheBound() {
        Engine engine = Engine.forProgram(compile(SCHEMA + RULES));
        Decision wrong = engine.decideJson(files("[\"/data/public/a\", \"/b\", \"/c\", 7]", ""));
        assertTrue(wrong.toJson().contains("request.paths[3]: 7 is not a string"), wrong::toJson);
        Decision tooLong = engine.decideJson(files("[]", ", \"sizes\": [1, 2, 3, 4]"));
        assertTrue(
                tooLong.toJson().contains("request.sizes has 4 elements, more than its bound of 3"), tooLong::toJson);
    }

    @Test
    void aFailureInsideAnElementObjectNamesItsPath() {
        Engine engine = Engine.forProgram(compile(SCHEMA + RULES));
        Decision missing = engine.decideJson(order("[{\"sku\": \"A-1\", \"qty\": 1}, {\"sku\": \"B\"}]"));
        assertTrue(missing.toJson().contains("request.lines[1].qty is missing"), missing::toJson);
        Decision trace = engine.decideJson(order("[{\"sku\": \"A-1\", \"qty\": 1, \"gift\": false}]"));
        assertTrue(
                trace.toJson().contains("\"request.lines\":[{\"gift\":false,\"qty\":1,\"sku\":\"A-1\"}]"),
                trace::toJson);
    }

    @Test
    void theTraceRecordsTheListRead() {
        Engine engine = Engine.forProgram(compile(SCHEMA + RULES));
        Decision d = engine.decideJson(files("[\"/data/public/a\"]", ""));
        assertTrue(d.toJson().contains("\"request.paths\":[\"/data/public/a\"]"), d::toJson);
    }

    @Test
    void aListGivenInCodeIsDecidedLikeJson() {
        Engine engine = Engine.forProgram(compile(SCHEMA + RULES));
        Decision d = engine.decide(Request.builder()
                .agent("a")
                .action("read_many")
                .param("paths", List.of("/data/public/a", "/data/public/b"))
                .param("tiers", List.of())
                .param("prices", List.of(new java.math.BigDecimal("1.5")))
                .build());
        assertEquals("permit", d.effect().keyword(), d::toJson);
    }

    @Test
    void whyNotShowsTheQuantifierAndTheListRead() {
        Engine engine = Engine.forProgram(compile(SCHEMA + RULES));
        Explanation e =
                engine.decideJson(files("[\"/data/public/a\", \"/etc\"]", "")).explain();
        Explanation.FailedCondition failed = verdict(e, "public_only").failed();
        assertEquals("all(p in request.paths: p starts_with \"/data/public/\")", failed.text());
        assertEquals(Map.of("request.paths", List.of("/data/public/a", "/etc")), failed.values());
    }

    @Test
    void formatsListTypesAndQuantifiersAsWritten() {
        String formatted =
                AstPrinter.print(Parser.parse("s.charter", SCHEMA + RULES).file());
        assertTrue(formatted.contains("paths: list<string>, sizes?: list<int, 3>, tiers: list<Tier, 2>"), formatted);
        assertTrue(formatted.contains("all(p in request.paths: p starts_with \"/data/public/\")"), formatted);
        assertTrue(formatted.contains("count(s in request.sizes: s > 100) >= 2"), formatted);
    }

    static Stream<Arguments> misuses() {
        return Stream.of(
                Arguments.of("a list compared as a value", "when request.paths == \"x\"", "list-as-value"),
                Arguments.of("a list as a condition", "when request.paths", "list-as-value"),
                Arguments.of("a quantifier over a string", "when any(x in agent: x == \"a\")", "not-a-list"),
                Arguments.of(
                        "a quantifier's variable used after it",
                        "when any(x in request.paths: x == \"a\") and x == \"b\"",
                        "quantifier-variable-out-of-scope"),
                Arguments.of(
                        "a nested quantifier over the same name",
                        "when any(x in request.paths: any(x in request.paths: x == \"a\"))",
                        "shadowed-quantifier-variable"),
                Arguments.of(
                        "a quantifier's variable named like an enum value",
                        "when any(gold in request.tiers: gold == silver)",
                        "shadowed-quantifier-variable"),
                Arguments.of(
                        "an element of the wrong type in contains", "when request.paths contains 3", "type-mismatch"),
                Arguments.of("len of an int", "when len(request.paths) > 0 and len(3) > 0", "type-mismatch"),
                Arguments.of(
                        "an optional list read without its presence test",
                        "when len(request.sizes) > 0",
                        "unguarded-optional"),
                Arguments.of(
                        "a fact-bound variable bound inside a quantifier",
                        "when any(x in request.paths: owner(x, L)) and L == \"a\"",
                        "unbound-variable"),
                Arguments.of(
                        "an optional member of an element object",
                        "when any(l in request.lines: l.gift)",
                        "unguarded-optional"),
                Arguments.of(
                        "an element object compared as a value",
                        "when any(l in request.lines: l == \"x\")",
                        "object-as-value"),
                Arguments.of(
                        "a member the element objects do not declare",
                        "when any(l in request.lines: l.skus == \"x\")",
                        "undefined-attribute"),
                Arguments.of("contains on a list of objects", "when request.lines contains \"x\"", "type-mismatch"),
                Arguments.of(
                        "nested quantifiers over two lists",
                        "when any(x in request.paths: all(t in request.tiers: t == gold and x != \"\"))",
                        ""),
                Arguments.of(
                        "a fact-bound variable used inside a quantifier",
                        "when owner(agent, L) and any(x in request.paths: x == L)",
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misuses")
    void reportsMisuse(String name, String condition, String code) {
        Compilation c = Compiler.compile(List.of(new SourceFile(
                "files.charter",
                SCHEMA + "input relation owner(agent: string, path: string)\nrule r: permit "
                        + (condition.contains("lines") ? "order " : "read_many ") + condition
                        + ";\ndefault deny;\n")));
        assertOnlyCode(code, c);
    }

    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of("list<string, 0>", "invalid-list-type"),
                Arguments.of("list<string, 1025>", "invalid-list-type"),
                Arguments.of("list<action>", "invalid-list-type"),
                Arguments.of("list<Tierr>", "undefined-type"),
                Arguments.of("list<date, 1024>", ""),
                Arguments.of("list<{ a: string, b?: Tier, ... }, 5>", ""),
                Arguments.of("list<{ a: { b: int } }>", "invalid-list-type"),
                Arguments.of("list<{ a: int, a: int }>", "duplicate-parameter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void checksListTypes(String type, String code) {
        Compilation c = Compiler.compile(List.of(new SourceFile(
                "t.charter",
                "constitution \"t\" version 1 { timezone \"UTC\" }\nenum Tier { gold }\naction a { l: " + type
                        + " }\ndefault deny;\n")));
        assertOnlyCode(code, c);
    }

    private static String order(String lines) {
        return "{\"agent\": \"a\", \"action\": \"order\", \"request\": {\"lines\": " + lines + "}}";
    }

    private static String files(String paths, String more) {
        return "{\"agent\": \"a\", \"action\": \"read_many\", \"request\": {\"paths\": " + paths
                + ", \"tiers\": [], \"prices\": []" + more + "}}";
    }

    private static Program compile(String source) {
        return ParameterTypeChecks.compile("files.charter", source);
    }
}
