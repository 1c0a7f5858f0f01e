package dev.charter.server.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.server.EscalationState;
import dev.charter.server.EscalationView;
import dev.charter.server.Principal;
import dev.charter.server.review.ReviewPageRenderer.Model;
import dev.charter.server.review.ReviewPageRenderer.Notice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ReviewPageRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant CREATED = Instant.parse("2026-04-14T11:42:09Z");
    private static final Instant NOW = CREATED.plus(Duration.ofSeconds(192));
    private static final Principal.Reviewer MARIA = new Principal.Reviewer("maria", List.of("senior_ops"));
    private static final String HOSTILE =
            "bot\n</span><script>alert(1)</script><b onclick=\"x\">\u001B[31m\u202Eevil\u2066'\u0000";

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static EscalationView open(long id, String agent, String route) throws Exception {
        return new EscalationView(
                id,
                EscalationState.OPEN,
                agent,
                "initiate_payment",
                json("{\"amount\":\"15000.00\",\"destination\":\"external-account\"}"),
                route,
                List.of("large_payment"),
                json(
                        "[{\"atom\":\"may(\\\"lending-agent-v2\\\", initiate_payment)\",\"holds\":true,\"rule\":\"large_payment\","
                                + "\"proof\":{\"at\":\"lending.charter:31:1\",\"by\":\"clause\",\"clause\":\"may(B, X) :- delegates(A, B, X), may(A, X).\","
                                + "\"fact\":\"may(\\\"lending-agent-v2\\\", initiate_payment)\",\"from\":[{\"by\":\"snapshot\","
                                + "\"fact\":\"delegates(\\\"orchestrator\\\", \\\"lending-agent-v2\\\", initiate_payment)\"}]}}]"),
                CREATED,
                CREATED.plus(Duration.ofMinutes(15)),
                null,
                null,
                null);
    }

    private static EscalationView hostile() throws Exception {
        return new EscalationView(
                9,
                EscalationState.OPEN,
                HOSTILE,
                HOSTILE,
                json("{\"" + "k\\n<i>\":\"" + "v\\u001b[2J<img src=x>\\u202e\",\"n\":[1,\"<b>\"]}"),
                HOSTILE,
                List.of(HOSTILE),
                json(
                        "[{\"atom\":\"<script>\\n\",\"holds\":true,\"rule\":\"<x\\\"y>\",\"proof\":{\"by\":\"<u>\",\"fact\":\"\\u001b]0;t\\u0007\","
                                + "\"at\":\"\\\"><svg>\",\"from\":[{\"by\":\"clause\",\"clause\":\"</code>\",\"fact\":\"\\u2028\"}]}}]"),
                CREATED,
                CREATED.plus(Duration.ofMinutes(15)),
                null,
                null,
                null);
    }

    private static EscalationView resolved(long id, EscalationState state, String by, String reason) throws Exception {
        EscalationView open = open(id, "lending-agent-v2", "senior_ops");
        return new EscalationView(
                id,
                state,
                open.agent(),
                open.action(),
                open.arguments(),
                open.route(),
                open.matchedRules(),
                open.derivation(),
                CREATED,
                open.deadline(),
                by,
                CREATED.plusSeconds(60),
                reason);
    }

    @Test
    void anOpenEscalationShowsAgentActionArgumentsRulesDerivationWaitAndDeadline() throws Exception {
        String page = ReviewPageRenderer.page(new Model(
                MARIA, "csrf-token", NOW, List.of(open(7, "lending-agent-v2", "senior_ops")), List.of(), null));
        assertTrue(
                page.contains(
                        "<span class=\"v agent\">lending-agent-v2</span> asks to <span class=\"v action\">initiate_payment</span>"));
        assertTrue(page.contains("<th class=\"v\">amount</th><td class=\"v\">15000.00</td>"));
        assertTrue(page.contains("<li class=\"v\">large_payment</li>"));
        assertTrue(page.contains("<code>may(&quot;lending-agent-v2&quot;, initiate_payment)</code>"));
        assertTrue(
                page.contains(
                        "by <code>may(B, X) :- delegates(A, B, X), may(A, X).</code> at <span class=\"v\">lending.charter:31:1</span>"));
        assertTrue(page.contains("from the fact snapshot"));
        assertTrue(page.contains("<dd class=\"waited\">3 min 12 s <span class=\"muted\">(since 2026-04-14T11:42:09Z)"));
        assertTrue(page.contains("<dd class=\"deadline\">2026-04-14T11:57:09Z <span class=\"muted\">(in 11 min 48 s)"));
        assertTrue(page.contains("<form method=\"post\" action=\"/review/escalations/7\" class=\"resolve\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"csrf-token\">"));
        assertTrue(page.contains("value=\"approve\"") && page.contains("value=\"deny\""));
    }

    @Test
    void openEscalationsAreListedInTheOrderGivenNewestFirst() throws Exception {
        String page = ReviewPageRenderer.page(new Model(
                MARIA,
                "c",
                NOW,
                List.of(open(12, "a", "senior_ops"), open(7, "b", "senior_ops"), open(3, "c", "senior_ops")),
                List.of(),
                null));
        assertTrue(page.indexOf("id=\"escalation-12\"") < page.indexOf("id=\"escalation-7\""));
        assertTrue(page.indexOf("id=\"escalation-7\"") < page.indexOf("id=\"escalation-3\""));
        assertTrue(page.contains("<h2>Open (3)</h2>"));
    }

    @Test
    void aReviewerOfAnotherRouteSeesTheEscalationButNoForm() throws Exception {
        String page = ReviewPageRenderer.page(
                new Model(MARIA, "c", NOW, List.of(open(4, "lending-agent-v2", "support")), List.of(), null));
        assertFalse(page.contains("action=\"/review/escalations/4\""));
        assertTrue(page.contains("Only reviewers of route <span class=\"v\">support</span> may resolve this one."));
    }

    @Test
    void anOverdueEscalationSaysItTimesOut() throws Exception {
        String page = ReviewPageRenderer.page(new Model(
                MARIA, "c", NOW.plus(Duration.ofHours(2)), List.of(open(4, "a", "senior_ops")), List.of(), null));
        assertTrue(page.contains("overdue: it times out as denied"));
        assertTrue(page.contains("<dd class=\"waited\">2 h 3 min"));
    }

    @Test
    void resolvedEscalationsShowOutcomeWhoWhenAndWhy() throws Exception {
        String page = ReviewPageRenderer.page(new Model(
                MARIA,
                "c",
                NOW,
                List.of(),
                List.of(
                        resolved(5, EscalationState.APPROVED, "maria", "checked with the customer"),
                        resolved(3, EscalationState.TIMED_OUT, "timeout", "no reviewer resolved it within PT15M")),
                null));
        assertTrue(page.contains("Nothing waits for a reviewer."));
        assertTrue(page.contains("<tr id=\"resolved-5\"><td>5</td><td class=\"v\">lending-agent-v2</td>"
                + "<td class=\"v\">initiate_payment</td><td class=\"outcome holds\">approved</td>"
                + "<td class=\"v resolved-by\">maria</td><td>2026-04-14T11:43:09Z</td>"
                + "<td class=\"v\">checked with the customer</td></tr>"));
        assertTrue(page.contains(
                "<td class=\"outcome fails\">timed out (denied)</td><td class=\"v resolved-by\">timeout</td>"));
    }

    @Test
    void hostileValuesEverywhereCannotAddElementsAttributesOrLines() throws Exception {
        Principal.Reviewer reviewer = new Principal.Reviewer(HOSTILE, List.of(HOSTILE));
        String page = ReviewPageRenderer.page(new Model(
                reviewer,
                HOSTILE,
                NOW,
                List.of(hostile()),
                List.of(resolved(3, EscalationState.DENIED, HOSTILE, HOSTILE)),
                new Notice(true, HOSTILE)));
        String clean = ReviewPageRenderer.page(new Model(
                new Principal.Reviewer("r", List.of(HOSTILE)),
                "c",
                NOW,
                List.of(hostile()),
                List.of(resolved(3, EscalationState.DENIED, "r", "why")),
                new Notice(true, "n")));
        assertEquals(
                tags(clean.replace(">r<", ">x<")).size(),
                tags(page).size(),
                "the same elements with or without hostile values");
        assertFalse(page.contains("<script"));
        assertFalse(page.contains("<img"));
        assertFalse(page.contains("<svg"));
        assertFalse(page.contains("onclick=\""));
        assertTrue(page.contains(
                "bot\\u000A&lt;/span&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b onclick=&quot;x&quot;&gt;"
                        + "\\u001B[31m\\u202Eevil\\u2066&#39;\\u0000"));
        page.chars()
                .forEach(c -> assertFalse(
                        (Character.isISOControl(c) && c != '\n') || Character.getType(c) == Character.FORMAT,
                        () -> "a raw control or format character U+" + Integer.toHexString(c)));
    }

    @Property(tries = 200)
    void anyAgentNameLeavesThePageStructureAlone(@ForAll String agent) throws Exception {
        String page = ReviewPageRenderer.page(
                new Model(MARIA, "c", NOW, List.of(open(1, agent, "senior_ops")), List.of(), null));
        String plain = ReviewPageRenderer.page(
                new Model(MARIA, "c", NOW, List.of(open(1, "a", "senior_ops")), List.of(), null));
        assertEquals(tags(plain), tags(page));
        assertEquals(
                plain.chars().filter(c -> c == '\n').count(),
                page.chars().filter(c -> c == '\n').count());
    }

    @Test
    void theLoginFormPostsTheTokenAndShowsWhyTheLastAttemptFailed() {
        String page = ReviewPageRenderer.login(new Notice(true, "That is not a reviewer's token."));
        assertTrue(page.contains("<form method=\"post\" action=\"/review/login\""));
        assertTrue(page.contains("name=\"token\" type=\"password\""));
        assertTrue(page.contains("<p class=\"notice error\" role=\"status\">That is not a reviewer&#39;s token.</p>"));
    }

    @Test
    void durationsReadAsAPersonWouldSayThem() {
        assertEquals("0 s", ReviewPageRenderer.duration(Duration.ofSeconds(-5)));
        assertEquals("59 s", ReviewPageRenderer.duration(Duration.ofSeconds(59)));
        assertEquals("1 min 0 s", ReviewPageRenderer.duration(Duration.ofSeconds(60)));
        assertEquals("2 h 5 min", ReviewPageRenderer.duration(Duration.ofMinutes(125)));
        assertEquals("3 d 1 h", ReviewPageRenderer.duration(Duration.ofHours(73)));
    }

    @Test
    void theStyleSheetIsTheOnlyThingThePolicyAllows() {
        assertTrue(ReviewPageRenderer.CONTENT_SECURITY_POLICY.startsWith("default-src 'none'; style-src 'sha256-"));
        assertFalse(ReviewPageRenderer.CONTENT_SECURITY_POLICY.contains("script-src"));
    }

    /** The page's start tags, names only, in order. */
    private static List<String> tags(String html) {
        Matcher m = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(html);
        return m.results().map(r -> r.group(1)).toList();
    }
}
