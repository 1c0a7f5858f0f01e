package dev.charter.compiler;

import static dev.charter.compiler.ParameterTypeChecks.assertDecides;
import static dev.charter.compiler.ParameterTypeChecks.assertOnlyCode;
import static dev.charter.compiler.ParameterTypeChecks.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Explanation;
import dev.charter.runtime.ir.Program;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Optional parameters ({@code cc?: string}), presence tests ({@code request.cc != null}) and open
 * actions ({@code ...}): compiled from source and decided by the runtime, and the guard analysis
 * that keeps a condition from reading an absent parameter.
 */
class OptionalParametersTest {

    private static final String SCHEMA = """
            constitution "mail" version 1 { timezone "UTC" }
            context { trusted: bool }
            action send_email { to: string, cc?: string, subject: string, priority?: int }
            action fetch { url: string, ... }
            action ping { ... }
            """;

    private static final String RULES = """
            rule internal:
              permit send_email
              when request.to ends_with "@corp.com"
               and (request.cc == null or request.cc ends_with "@corp.com");
            rule urgent:
              escalate send_email to "review"
              when request.priority != null and request.priority > 5
              priority 10;
            rule https:
              permit fetch when request.url starts_with "https://";
            rule pings: permit ping;
            default deny;
            """;

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of(
                        "an optional argument left out is decided without an attribute error",
                        mail("\"to\": \"a@corp.com\", \"subject\": \"s\""),
                        "permit (rule)"),
                Arguments.of(
                        "null for an optional argument means absent",
                        mail("\"to\": \"a@corp.com\", \"subject\": \"s\", \"cc\": null, \"priority\": null"),
                        "permit (rule)"),
                Arguments.of(
                        "a present optional argument is read",
                        mail("\"to\": \"a@corp.com\", \"subject\": \"s\", \"cc\": \"x@evil.com\""),
                        "deny (default)"),
                Arguments.of(
                        "a present optional int is compared",
                        mail("\"to\": \"a@corp.com\", \"subject\": \"s\", \"priority\": 9"),
                        "escalate (rule)"),
                Arguments.of(
                        "an optional argument of the wrong type is ill-typed",
                        mail("\"to\": \"a@corp.com\", \"subject\": \"s\", \"priority\": \"high\""),
                        "deny (ill_typed_attribute)"),
                Arguments.of(
                        "a required argument left out is missing",
                        mail("\"subject\": \"s\""),
                        "deny (missing_attribute)"),
                Arguments.of(
                        "null for a required argument is refused",
                        mail("\"to\": null, \"subject\": \"s\""),
                        "deny (ill_typed_attribute)"),
                Arguments.of(
                        "null is still no value for a context attribute",
                        "{\"agent\": \"a\", \"action\": \"ping\", \"context\": {\"trusted\": null}}",
                        "deny (ill_typed_attribute)"),
                Arguments.of(
                        "an undeclared argument of a strict action is still undeclared",
                        mail("\"to\": \"a@corp.com\", \"subject\": \"s\", \"bcc\": \"x@evil.com\""),
                        "deny (undeclared_attribute)"),
                Arguments.of(
                        "an open action accepts and ignores extra arguments, nested ones too",
                        "{\"agent\": \"a\", \"action\": \"fetch\", \"request\": "
                                + "{\"url\": \"https://x\", \"headers\": {\"h\": [1, 2]}, \"retries\": 3}}",
                        "permit (rule)"),
                Arguments.of(
                        "an open action still requires its declared parameters",
                        "{\"agent\": \"a\", \"action\": \"fetch\", \"request\": {\"retries\": 3}}",
                        "deny (missing_attribute)"),
                Arguments.of(
                        "an open action still types its declared parameters",
                        "{\"agent\": \"a\", \"action\": \"fetch\", \"request\": {\"url\": 7}}",
                        "deny (ill_typed_attribute)"),
                Arguments.of(
                        "an action that is only `...` takes anything",
                        "{\"agent\": \"a\", \"action\": \"ping\", \"request\": {\"anything\": true}}",
                        "permit (rule)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void decides(String name, String request, String expected) {
        assertDecides(Engine.forProgram(compile(SCHEMA + RULES)), request, expected);
    }

    @Test
    void theTraceRecordsAnAbsentOptionalArgumentAsNull() {
        Engine engine = Engine.forProgram(compile(SCHEMA + RULES));
        Decision d = engine.decideJson(mail("\"to\": \"a@corp.com\", \"subject\": \"s\""));
        assertTrue(d.toJson().contains("\"request.cc\":null"), d::toJson);
    }

    @Test
    void anExplanationNamesTheFailedPresenceTestAsItIsWritten() {
        Engine engine = Engine.forProgram(compile(SCHEMA + RULES));
        Decision d = engine.decideJson(mail("\"to\": \"a@corp.com\", \"subject\": \"s\""));
        Explanation.RuleVerdict urgent = verdict(d.explain(), "urgent");
        assertEquals(Explanation.Verdict.NOT_MATCHED, urgent.verdict());
        assertEquals("request.priority != null", urgent.failed().text());
        assertTrue(d.explain().toText().contains("request.priority != null was false"), d.explain()::toText);
        assertTrue(d.explain().toJson().contains("\"condition\":\"request.priority != null\""), d.explain()::toJson);
    }

    @Test
    void manyRulesIndexedOnAnOptionalNumberStillDecideWhenItIsAbsent() {
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            rules.append("rule r%d: deny send_email when request.priority != null and request.priority > %d;\n"
                    .formatted(i, i * 10));
        }
        rules.append("rule ok: permit send_email priority -1;\n");
        Engine engine = Engine.forProgram(compile(SCHEMA + rules));
        Decision absent = engine.decideJson(mail("\"to\": \"a@corp.com\", \"subject\": \"s\""));
        Decision present = engine.decideJson(mail("\"to\": \"a@corp.com\", \"subject\": \"s\", \"priority\": 55"));
        assertEquals(
                "permit rule",
                absent.effect().keyword() + " " + absent.reasonCode().keyword(),
                absent::toJson);
        assertEquals(
                "deny rule",
                present.effect().keyword() + " " + present.reasonCode().keyword(),
                present::toJson);
    }

    static Stream<Arguments> guards() {
        return Stream.of(
                Arguments.of("a read after `!= null and`", "when request.cc != null and request.cc == \"x\"", ""),
                Arguments.of("a read after `== null or`", "when request.cc == null or request.cc == \"x\"", ""),
                Arguments.of("`not (x == null)` guards", "when not (request.cc == null) and request.cc == \"x\"", ""),
                Arguments.of(
                        "a guard in `when` holds in `unless`",
                        "when request.cc != null unless request.cc == \"x\"",
                        ""),
                Arguments.of(
                        "a guard inside a nested conjunction",
                        "when (request.cc != null and request.to == \"t\") and request.cc == \"x\"",
                        ""),
                Arguments.of("an unguarded read", "when request.cc == \"x\"", "unguarded-optional"),
                Arguments.of(
                        "a guard after the read is too late",
                        "when request.cc == \"x\" and request.cc != null",
                        "unguarded-optional"),
                Arguments.of(
                        "`!= null or` does not guard",
                        "when request.cc != null or request.cc == \"x\"",
                        "unguarded-optional"),
                Arguments.of(
                        "a guard of another parameter does not guard",
                        "when request.priority != null and request.cc == \"x\"",
                        "unguarded-optional"),
                Arguments.of(
                        "`unless` does not guard `when`'s reads",
                        "when request.cc == \"x\" unless request.cc == null",
                        "unguarded-optional"),
                Arguments.of(
                        "a guard only on one side of `or` does not hold after it",
                        "when (request.cc != null or request.to == \"t\") and request.cc == \"x\"",
                        "unguarded-optional"),
                Arguments.of("null with a required parameter", "when request.to == null", "misplaced-null"),
                Arguments.of("null ordered", "when request.priority > null", "misplaced-null"),
                Arguments.of("null alone", "when null", "misplaced-null"),
                Arguments.of("null with null", "when null == null", "misplaced-null"),
                Arguments.of("null with a constant", "when \"x\" != null", "misplaced-null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guards")
    void checksWhereOptionalParametersAreRead(String name, String condition, String code) {
        Compilation c = Compiler.compile(List.of(new SourceFile(
                "mail.charter", SCHEMA + "rule r: permit send_email " + condition + ";\ndefault deny;\n")));
        assertOnlyCode(code, c);
    }

    @Test
    void assertionsAreCheckedUnderTheirPremise() {
        String ok = "assert a: request.cc != null => request.cc != \"z\";\n";
        String bad = "assert b: request.cc != \"z\";\n";
        assertTrue(Compiler.compile(List.of(new SourceFile("m.charter", SCHEMA + RULES + ok)))
                .diagnostics()
                .isEmpty());
        assertEquals(
                List.of("unguarded-optional"),
                Compiler.compile(List.of(new SourceFile("m.charter", SCHEMA + RULES + bad))).diagnostics().stream()
                        .map(d -> d.code().code())
                        .toList());
    }

    private static Program compile(String source) {
        return ParameterTypeChecks.compile("mail.charter", source);
    }

    private static String mail(String arguments) {
        return "{\"agent\": \"a\", \"action\": \"send_email\", \"request\": {" + arguments + "}}";
    }
}
