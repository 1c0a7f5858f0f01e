package dev.charter.server.review;

import dev.charter.server.EscalationException;
import dev.charter.server.EscalationService;
import dev.charter.server.EscalationView;
import dev.charter.server.Exchange;
import dev.charter.server.Identities;
import dev.charter.server.Principal;
import dev.charter.server.Route;
import dev.charter.server.review.ReviewPageRenderer.Notice;
import dev.charter.server.review.ReviewSessions.Session;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * {@code GET /review} and its forms: the escalation review page for people. A reviewer signs in
 * with the reviewer token from server.json (a form POST; the session cookie is HttpOnly,
 * SameSite=Strict, path {@code /review}), sees the open escalations and the latest resolved
 * ones, and approves or denies one with a reason (a form POST carrying the session's CSRF token;
 * a POST whose {@code Origin} or {@code Sec-Fetch-Site} says it came from another site is refused
 * too). The resolution goes through {@link EscalationService} exactly as the API's does, so the
 * ledger's resolution record names the signed-in reviewer. The page has no script; its
 * Content-Security-Policy allows none.
 */
public final class ReviewPage {

    static final String COOKIE = "charter_review";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Identities identities;
    private final EscalationService escalations;
    private final Clock clock;
    private final int maxBodyBytes;
    private final ReviewSessions sessions;

    public ReviewPage(Identities identities, EscalationService escalations, Clock clock, int maxBodyBytes) {
        this.identities = identities;
        this.escalations = escalations;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.sessions = new ReviewSessions(clock);
    }

    /** The page's routes, to serve beside the API's. */
    public List<Route> routes() {
        return List.of(
                new Route("GET", "/review", this::show),
                new Route("POST", "/review/login", this::login),
                new Route("POST", "/review/logout", this::logout),
                new Route("POST", "/review/escalations/{id}", this::resolve));
    }

    private void show(Exchange exchange) {
        Optional<Session> session = session(exchange.request());
        if (session.isEmpty()) {
            html(exchange, 200, ReviewPageRenderer.login(null));
            return;
        }
        html(exchange, 200, render(session.get()));
    }

    private String render(Session session) {
        List<EscalationView> open = escalations.list(EscalationService.Filter.OPEN);
        List<EscalationView> resolved = escalations.list(EscalationService.Filter.RESOLVED);
        return ReviewPageRenderer.page(new ReviewPageRenderer.Model(
                session.reviewer(),
                session.csrf(),
                clock.instant(),
                open,
                resolved,
                session.notice().getAndSet(null)));
    }

    private void login(Exchange exchange) {
        if (refusedAsCrossSite(exchange)) {
            return;
        }
        withForm(exchange, form -> {
            Optional<Principal> principal = Optional.ofNullable(form.get("token"))
                    .map(String::strip)
                    .filter(token -> !token.isEmpty() && token.chars().noneMatch(Character::isISOControl))
                    .flatMap(token -> identities.authenticate("Bearer " + token));
            if (!(principal.orElse(null) instanceof Principal.Reviewer reviewer)) {
                html(exchange, 401, ReviewPageRenderer.login(new Notice(true, "That is not a reviewer's token.")));
                return;
            }
            Session session = sessions.open(reviewer);
            Response.addCookie(exchange.response(), cookie(exchange.request(), session.id(), -1));
            redirect(exchange);
        });
    }

    private void logout(Exchange exchange) {
        if (refusedAsCrossSite(exchange)) {
            return;
        }
        Optional<Session> session = session(exchange.request());
        withForm(exchange, form -> {
            if (session.isPresent() && session.get().csrfMatches(form.get("csrf"))) {
                sessions.close(session.get().id());
            }
            Response.addCookie(exchange.response(), cookie(exchange.request(), "", 0));
            redirect(exchange);
        });
    }

    private void resolve(Exchange exchange) {
        if (refusedAsCrossSite(exchange)) {
            return;
        }
        Optional<Session> found = session(exchange.request());
        if (found.isEmpty()) {
            html(exchange, 401, ReviewPageRenderer.login(new Notice(true, "Sign in to resolve escalations.")));
            return;
        }
        Session session = found.get();
        String idText = exchange.parameter("id");
        withForm(exchange, form -> {
            if (!session.csrfMatches(form.get("csrf"))) {
                html(
                        exchange,
                        403,
                        ReviewPageRenderer.login(
                                new Notice(true, "The form was stale or not this page's: sign in again.")));
                return;
            }
            String outcome = form.getOrDefault("outcome", "");
            String reason = form.getOrDefault("reason", "").strip();
            if (idText == null || !idText.matches("\\d{1,18}")) {
                session.notice().set(new Notice(true, "No such escalation."));
            } else if (!outcome.equals("approve") && !outcome.equals("deny")) {
                session.notice().set(new Notice(true, "Choose Approve or Deny."));
            } else if (reason.isEmpty()) {
                session.notice()
                        .set(new Notice(true, "Give a reason: a resolution says why (#" + idText + " is still open)."));
            } else {
                session.notice()
                        .set(resolve(session.reviewer(), Long.parseLong(idText), outcome.equals("approve"), reason));
            }
            redirect(exchange);
        });
    }

    private Notice resolve(Principal.Reviewer reviewer, long id, boolean approve, String reason) {
        try {
            EscalationView view =
                    approve ? escalations.approve(id, reviewer, reason) : escalations.deny(id, reviewer, reason);
            return new Notice(
                    false,
                    (approve ? "Approved" : "Denied") + " #" + view.id() + " (" + view.agent() + ": " + view.action()
                            + ").");
        } catch (EscalationException e) {
            return new Notice(true, "#" + id + " was not resolved: " + e.getMessage());
        }
    }

    /** Reads the form body without holding a thread, then runs {@code then} on the server's pool. */
    private void withForm(Exchange exchange, FormAction then) {
        String type = exchange.request().getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            html(exchange, 415, ReviewPageRenderer.login(new Notice(true, "Send the page's own forms.")));
            return;
        }
        Executor executor = exchange.request().getComponents().getExecutor();
        exchange.body(maxBodyBytes)
                .whenCompleteAsync(
                        (bytes, failure) -> {
                            if (failure != null) {
                                html(
                                        exchange,
                                        400,
                                        ReviewPageRenderer.login(new Notice(true, "The form could not be read.")));
                                return;
                            }
                            Map<String, String> form;
                            try {
                                form = form(bytes);
                            } catch (IllegalArgumentException e) {
                                html(
                                        exchange,
                                        400,
                                        ReviewPageRenderer.login(new Notice(true, "The form was malformed.")));
                                return;
                            }
                            try {
                                then.run(form);
                            } catch (RuntimeException e) {
                                html(
                                        exchange,
                                        500,
                                        ReviewPageRenderer.login(new Notice(
                                                true,
                                                "The server failed ("
                                                        + e.getClass().getSimpleName() + ").")));
                            }
                        },
                        executor);
    }

    @FunctionalInterface
    private interface FormAction {
        void run(Map<String, String> form);
    }

    /** An {@code application/x-www-form-urlencoded} body; the first value of each name counts. */
    static Map<String, String> form(byte[] body) {
        Map<String, String> form = new HashMap<>();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        if (text.isEmpty()) {
            return form;
        }
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.putIfAbsent(name, value);
        }
        return form;
    }

    private Optional<Session> session(Request request) {
        return Request.getCookies(request).stream()
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(HttpCookie::getValue)
                .map(sessions::find)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static HttpCookie cookie(Request request, String value, long maxAge) {
        return HttpCookie.build(COOKIE, value)
                .path("/review")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite(HttpCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }

    /**
     * Refuses a POST that a browser says came from elsewhere: {@code Sec-Fetch-Site} other than
     * same-origin or none, or an {@code Origin} other than this request's scheme, host and port
     * ({@code null} included).
     */
    private static boolean refusedAsCrossSite(Exchange exchange) {
        Request request = exchange.request();
        String site = request.getHeaders().get("Sec-Fetch-Site");
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        HttpURI uri = request.getHttpURI();
        String self = uri.getScheme() + "://" + uri.getAuthority();
        boolean crossSite = site != null && !site.equals("same-origin") && !site.equals("none");
        boolean foreignOrigin = origin != null && !origin.equalsIgnoreCase(self);
        if (crossSite || foreignOrigin) {
            html(exchange, 403, ReviewPageRenderer.login(new Notice(true, "Forms from other sites are refused.")));
            return true;
        }
        return false;
    }

    private static void redirect(Exchange exchange) {
        exchange.response().getHeaders().put(HttpHeader.LOCATION, "/review");
        securityHeaders(exchange.response());
        exchange.send(303, "text/plain", "");
    }

    private static void html(Exchange exchange, int status, String html) {
        securityHeaders(exchange.response());
        exchange.send(status, "text/html", html);
    }

    private static void securityHeaders(Response response) {
        response.getHeaders().put("Content-Security-Policy", ReviewPageRenderer.CONTENT_SECURITY_POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("Referrer-Policy", "same-origin");
    }
}
