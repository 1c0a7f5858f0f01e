package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review page over HTTP: sign-in, the session cookie, CSRF and cross-site refusals, resolving by route. */
class ReviewPageEndpointTest {

    private static HttpResponse<String> post(
            ServerFixture fixture, String path, String cookie, String origin, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + fixture.server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return fixture.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> page(ServerFixture fixture, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + fixture.server.port() + "/review"))
                .timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return fixture.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signIn(ServerFixture fixture, String token) throws Exception {
        HttpResponse<String> login = post(fixture, "/review/login", null, null, "token=" + encode(token));
        assertEquals(303, login.statusCode(), login.body());
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith("charter_review="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/review"), setCookie);
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the page carries a CSRF token");
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void withoutASessionThePageIsTheSignInFormAndAnAgentTokenDoesNotSignIn(@TempDir Path dir) throws Exception {
        try (ServerFixture fixture = ServerFixture.start(dir)) {
            HttpResponse<String> page = page(fixture, null);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("action=\"/review/login\""));
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
            assertTrue(page.headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("")
                    .startsWith("default-src 'none'"));
            HttpResponse<String> agent =
                    post(fixture, "/review/login", null, null, "token=" + ServerFixture.AGENT_TOKEN);
            assertEquals(401, agent.statusCode());
            assertTrue(agent.headers().firstValue("Set-Cookie").isEmpty());
            assertTrue(agent.body().contains("That is not a reviewer&#39;s token."));
            assertEquals(
                    401,
                    post(fixture, "/review/login", null, null, "token=nope").statusCode());
            assertTrue(page(fixture, "charter_review=forged").body().contains("action=\"/review/login\""));
        }
    }

    @Test
    void aSignedInReviewerResolvesWithTheFormAndTheLedgerNamesHer(@TempDir Path dir) throws Exception {
        try (ServerFixture fixture = ServerFixture.start(dir)) {
            long seq = ServerFixture.json(fixture.decide(ServerFixture.request(1)))
                    .path("seq")
                    .asLong();
            String cookie = signIn(fixture, ServerFixture.MARIA_TOKEN);
            String html = page(fixture, cookie).body();
            assertTrue(html.contains("id=\"escalation-" + seq + "\""), html);
            String form = "csrf=" + encode(csrf(html)) + "&outcome=deny&reason=" + encode("not this one <b>");
            HttpResponse<String> denied = post(fixture, "/review/escalations/" + seq, cookie, null, form);
            assertEquals(303, denied.statusCode());
            assertEquals("/review", denied.headers().firstValue("Location").orElse(""));
            String after = page(fixture, cookie).body();
            assertTrue(after.contains("Denied #" + seq), after);
            assertTrue(after.contains("<td class=\"v resolved-by\">maria</td>"));
            assertTrue(after.contains("not this one &lt;b&gt;"));
            EscalationView view = fixture.server.escalations().get(seq).orElseThrow();
            assertEquals(EscalationState.DENIED, view.state());
            assertEquals("maria", view.resolvedBy());
            HttpResponse<String> again = post(fixture, "/review/escalations/" + seq, cookie, null, form);
            assertEquals(303, again.statusCode());
            assertTrue(page(fixture, cookie)
                    .body()
                    .contains("was not resolved: escalation " + seq + " is already denied"));
        }
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenOrFromAnotherSiteChangesNothing(@TempDir Path dir) throws Exception {
        try (ServerFixture fixture = ServerFixture.start(dir)) {
            long seq = ServerFixture.json(fixture.decide(ServerFixture.request(1)))
                    .path("seq")
                    .asLong();
            String cookie = signIn(fixture, ServerFixture.MARIA_TOKEN);
            String token = csrf(page(fixture, cookie).body());
            String path = "/review/escalations/" + seq;
            assertEquals(
                    403,
                    post(fixture, path, cookie, null, "outcome=approve&reason=x")
                            .statusCode());
            assertEquals(
                    403,
                    post(fixture, path, cookie, null, "csrf=wrong&outcome=approve&reason=x")
                            .statusCode());
            assertEquals(
                    403,
                    post(
                                    fixture,
                                    path,
                                    cookie,
                                    "http://evil.example",
                                    "csrf=" + encode(token) + "&outcome=approve&reason=x")
                            .statusCode());
            assertEquals(
                    401,
                    post(fixture, path, null, null, "csrf=" + encode(token) + "&outcome=approve&reason=x")
                            .statusCode());
            assertEquals(
                    EscalationState.OPEN,
                    fixture.server.escalations().get(seq).orElseThrow().state());
        }
    }

    @Test
    void aReviewerOfAnotherRouteGetsNoFormAndCannotResolve(@TempDir Path dir) throws Exception {
        try (ServerFixture fixture = ServerFixture.start(dir)) {
            long seq = ServerFixture.json(fixture.decide(ServerFixture.request(1)))
                    .path("seq")
                    .asLong();
            String cookie = signIn(fixture, ServerFixture.SAM_TOKEN);
            String html = page(fixture, cookie).body();
            assertFalse(html.contains("action=\"/review/escalations/" + seq + "\""));
            post(
                    fixture,
                    "/review/escalations/" + seq,
                    cookie,
                    null,
                    "csrf=" + encode(csrf(html)) + "&outcome=approve&reason=x");
            assertTrue(
                    page(fixture, cookie).body().contains("may not resolve escalations to route &#39;senior_ops&#39;"));
            assertEquals(
                    EscalationState.OPEN,
                    fixture.server.escalations().get(seq).orElseThrow().state());
        }
    }

    @Test
    void signingOutEndsTheSession(@TempDir Path dir) throws Exception {
        try (ServerFixture fixture = ServerFixture.start(dir)) {
            String cookie = signIn(fixture, ServerFixture.MARIA_TOKEN);
            String token = csrf(page(fixture, cookie).body());
            assertEquals(
                    303,
                    post(fixture, "/review/logout", cookie, null, "csrf=" + encode(token))
                            .statusCode());
            assertTrue(page(fixture, cookie).body().contains("action=\"/review/login\""));
        }
    }
}
