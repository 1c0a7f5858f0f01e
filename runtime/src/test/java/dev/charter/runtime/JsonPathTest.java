package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonPathTest {

    @Test
    void plainNamesAreDottedAndElementsIndexed() {
        assertEquals("$", JsonPath.ROOT.toString());
        assertEquals(
                "$.request.amount",
                JsonPath.ROOT.member("request").member("amount").toString());
        assertEquals("$.chain[1]", JsonPath.ROOT.member("chain").element(1).toString());
        assertEquals(
                "$.relations.role[0][2]",
                JsonPath.ROOT
                        .member("relations")
                        .member("role")
                        .element(0)
                        .element(2)
                        .toString());
    }

    @Test
    void otherNamesAreQuotedWithTheirSpecialCharactersEscaped() {
        assertEquals(
                "$.request[\"a b\"]",
                JsonPath.ROOT.member("request").member("a b").toString());
        assertEquals("$[\"1st\"]", JsonPath.ROOT.member("1st").toString());
        assertEquals("$[\"\"]", JsonPath.ROOT.member("").toString());
        assertEquals(
                "$[\"say \\\"hi\\\" \\\\ \\u000a\"]",
                JsonPath.ROOT.member("say \"hi\" \\ \n").toString());
    }

    @Test
    void aLongNameIsCutShortWithoutSplittingACharacter() {
        assertEquals(
                "$[\"" + "x".repeat(64) + "…\"]",
                JsonPath.ROOT.member("x".repeat(1000)).toString());
        String emoji = "x".repeat(63) + "\uD83D\uDE00" + "y";
        assertEquals(
                "$[\"" + "x".repeat(63) + "…\"]", JsonPath.ROOT.member(emoji).toString());
    }
}
