package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.charter.runtime.ir.Effect;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reason a refused request or snapshot gets is Charter's own sentence naming the offending
 * place by its JSON path: an operator reads it in a record, so it never carries the JSON library's
 * wording, token dumps, class names or source locations.
 */
class RequestRefusalReasonsTest {

    /** Phrases of the JSON library's messages and of Java exceptions. */
    private static final Pattern LIBRARY_WORDING = Pattern.compile(
            "Unexpected|Unrecognized|was expecting|Duplicate field|\\(code \\d+\\)|Source|line: |column: |Exception"
                    + "|JSON String, Number|end-of-input|CTRL-CHAR|token '");

    private final Engine engine = FintechProgram.engine();

    @Test
    void aSyntaxErrorIsReportedInCharterWordsAtItsPath() {
        assertRefused(ReasonCode.MALFORMED_REQUEST, "the request is not well-formed JSON at $.agent", "{\"agent\": x}");
        assertRefused(
                ReasonCode.MALFORMED_REQUEST,
                "the request is not well-formed JSON at $.request.amount",
                "{\"agent\": \"a\", \"request\": {\"amount\": 12,, \"destination\": \"x\"}}");
        assertRefused(
                ReasonCode.MALFORMED_REQUEST,
                "the request is not well-formed JSON at $.chain[1]",
                "{\"agent\": \"a\", \"chain\": [\"b\", 'c']}");
        assertRefused(
                ReasonCode.MALFORMED_REQUEST,
                "the request is not well-formed JSON at $.request.destination",
                "{\"agent\": \"a\", \"request\": {\"destination\": \"line\nbreak\"}}");
    }

    @Test
    void aTruncatedRequestSaysWhereItEnds() {
        assertRefused(
                ReasonCode.MALFORMED_REQUEST,
                "the request is not well-formed JSON: it ends inside $.request",
                "{\"agent\": \"a\", \"request\": {\"amount\": ");
        assertRefused(ReasonCode.MALFORMED_REQUEST, "the request is empty", "  ");
    }

    @Test
    void textAfterTheRequestAndRepeatedMembersAreNamed() {
        assertRefused(
                ReasonCode.MALFORMED_REQUEST,
                "the request is not well-formed JSON: text follows its closing brace",
                "{\"agent\": \"a\"} trailing");
        assertRefused(
                ReasonCode.MALFORMED_REQUEST,
                "the request is refused: $.agent is given twice",
                "{\"agent\": \"a\", \"agent\": \"b\"}");
        assertRefused(
                ReasonCode.MALFORMED_REQUEST,
                "the request is refused: $.context.tier is given twice",
                "{\"agent\": \"a\", \"context\": {\"tier\": 1, \"tier\": 2}}");
    }

    @Test
    void aNumberBeyondTheLimitsIsNamedByItsPath() {
        assertRefused(
                ReasonCode.REQUEST_LIMIT_EXCEEDED,
                "the request is refused: the number at $.request.amount has an exponent beyond ±999999999",
                "{\"agent\": \"a\", \"request\": {\"amount\": 1e99999999999}}");
        assertRefused(
                ReasonCode.REQUEST_LIMIT_EXCEEDED,
                "the request is refused: the number at $.request.x[0] has an exponent beyond ±999999999",
                "{\"agent\": \"a\", \"request\": {\"x\": [1e1000000000]}}");
        assertRefused(
                ReasonCode.REQUEST_LIMIT_EXCEEDED,
                "the request is refused: the number at $.request.amount has more than 1000 significant digits",
                "{\"agent\": \"a\", \"request\": {\"amount\": " + "7".repeat(1001) + "}}");
        assertRefused(
                ReasonCode.REQUEST_LIMIT_EXCEEDED,
                "the request is refused: the number at $.request.amount is written with more than 1024 characters",
                "{\"agent\": \"a\", \"request\": {\"amount\": 0." + "0".repeat(1100) + "1}}");
    }

    @Test
    void nestingTooDeepIsNamedByThePathWhereItCrossesTheLimit() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertRefused(
                ReasonCode.REQUEST_LIMIT_EXCEEDED,
                "the request is refused: $.request.n" + "[0]".repeat(30) + " is nested deeper than 32 levels",
                "{\"agent\": \"a\", \"request\": {\"n\": " + deep + "}}");
    }

    @Test
    void aLoneSurrogateIsNamedByTheMemberWhereItWasFound() {
        assertRefused(
                ReasonCode.MALFORMED_REQUEST,
                "the request is refused: the string at $.request.destination holds a "
                        + "lone surrogate (U+DC00 at character 1), which is not Unicode and has no exact canonical form",
                "{\"agent\": \"a\", \"request\": {\"destination\": \"x\\udc00\"}}");
        assertRefused(
                ReasonCode.MALFORMED_REQUEST,
                "the request is refused: a member name in $.request.memo holds a "
                        + "lone surrogate (U+D800 at character 1), which is not Unicode and has no exact canonical form",
                "{\"agent\": \"a\", \"request\": {\"memo\": {\"k\\ud800\": 1}}}");
        assertRefused(
                ReasonCode.MALFORMED_REQUEST,
                "the request is refused: the string at $.chain[0] holds a "
                        + "lone surrogate (U+D800 at character 0), which is not Unicode and has no exact canonical form",
                "{\"agent\": \"a\", \"chain\": [\"\\ud800\", \"a\"]}");
    }

    @Test
    void aRequestBuiltInCodeNamesTheMemberOfItsLoneSurrogate() {
        RequestFormatException param = assertThrows(
                RequestFormatException.class,
                () -> Request.builder()
                        .agent("a")
                        .param("destination", "x\udc00")
                        .build());
        assertEquals(
                "the request is refused: the string at $.request.destination holds a lone surrogate (U+DC00 at "
                        + "character 1), which is not Unicode and has no exact canonical form",
                param.getMessage());
        RequestFormatException name = assertThrows(
                RequestFormatException.class,
                () -> Request.builder().agent("a").context("vip\ud800", true).build());
        assertEquals(
                "the request is refused: a member name in $.context holds a lone surrogate (U+D800 at "
                        + "character 3), which is not Unicode and has no exact canonical form",
                name.getMessage());
        RequestFormatException agent = assertThrows(
                RequestFormatException.class,
                () -> Request.builder().agent("\udfff").build());
        assertEquals(
                "the request is refused: the string at $.agent holds a lone surrogate (U+DFFF at "
                        + "character 0), which is not Unicode and has no exact canonical form",
                agent.getMessage());
    }

    @Test
    void anUnusualMemberNameIsQuotedInThePath() {
        assertRefused(
                ReasonCode.MALFORMED_REQUEST,
                "the request is refused: the string at $.request[\"a b\"] holds a "
                        + "lone surrogate (U+DC00 at character 0), which is not Unicode and has no exact canonical form",
                "{\"agent\": \"a\", \"request\": {\"a b\": \"\\udc00\"}}");
    }

    @Test
    void aSnapshotThatDoesNotParseIsReportedInCharterWords() {
        InvalidFactsException e = assertThrows(
                InvalidFactsException.class,
                () -> FactSnapshot.parse(
                        "{\"relations\": {\"role\": [[\"a\" \"teller\"]]}}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("the fact snapshot is not well-formed JSON at $.relations.role[0][1]", e.getMessage());
        InvalidFactsException surrogate = assertThrows(
                InvalidFactsException.class,
                () -> FactSnapshot.parse(
                        "{\"relations\": {\"role\": [[\"a\\ud800\", \"teller\"]]}}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "the fact snapshot is refused: the string at $.relations.role[0][0] holds a lone surrogate "
                        + "(U+D800 at character 1), which is not Unicode and has no exact canonical form",
                surrogate.getMessage());
    }

    @Test
    void anIllTypedAttributeIsNamedWithTheRightArticle() {
        Decision d = engine.decide(FintechProgram.payment("orchestrator", "5")
                .param("amount", "five")
                .build());
        assertEquals(ReasonCode.ILL_TYPED_ATTRIBUTE, d.reasonCode());
        assertEquals("request.amount: \"five\" is not a decimal", d.reason());
        Decision status = engine.decide(FintechProgram.payment("orchestrator", "5")
                .context("account_status", "open")
                .build());
        assertEquals("context.account_status: \"open\" is not a value of AccountStatus", status.reason());
    }

    private void assertRefused(ReasonCode code, String reason, String json) {
        Decision d = engine.decideJson(json);
        assertEquals(Effect.DENY, d.effect(), d::toJson);
        assertEquals(code, d.reasonCode(), d::toJson);
        assertEquals(List.of(), d.rules());
        assertEquals(reason, d.reason());
        assertFalse(LIBRARY_WORDING.matcher(d.reason()).find(), d.reason());
    }
}
