package dev.charter.server.review;

import dev.charter.server.Principal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The review page's sign-ins. Signing in with a reviewer token opens a session named by 256
 * random bits; the browser keeps only that name, in an HttpOnly, SameSite=Strict cookie, never the
 * token. Each session has its own CSRF token, which every form of the page carries and every POST
 * must return. Sessions live in memory: a restart signs everyone out. At most {@value #MAX_SESSIONS}
 * at once; past that the oldest goes.
 */
final class ReviewSessions {

    static final Duration LIFETIME = Duration.ofHours(12);
    static final int MAX_SESSIONS = 1024;

    /** One sign-in: who, its CSRF token, when it ends, and the message to show on the next page. */
    record Session(
            String id,
            Principal.Reviewer reviewer,
            String csrf,
            Instant expires,
            AtomicReference<ReviewPageRenderer.Notice> notice) {

        /** Whether {@code presented} is this session's CSRF token (compared in constant time). */
        boolean csrfMatches(String presented) {
            return presented != null
                    && MessageDigest.isEqual(
                            csrf.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    ReviewSessions(Clock clock) {
        this.clock = clock;
    }

    Session open(Principal.Reviewer reviewer) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> !now.isBefore(s.expires()));
        while (sessions.size() >= MAX_SESSIONS) {
            sessions.values().stream()
                    .min(Comparator.comparing(Session::expires))
                    .ifPresent(oldest -> sessions.remove(oldest.id()));
        }
        Session session =
                new Session(randomToken(), reviewer, randomToken(), now.plus(LIFETIME), new AtomicReference<>());
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session named {@code id}; empty when unknown or expired. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(session.expires())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    void close(String id) {
        sessions.remove(id);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
