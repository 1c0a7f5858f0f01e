package dev.charter.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens to principals. Only the tokens' SHA-256 hashes are kept; a presented token is
 * hashed and compared with every known hash in constant time ({@link MessageDigest#isEqual}),
 * always all of them, so the time taken says nothing about which entry came close.
 */
public final class Identities {

    private record Known(byte[] hash, Principal principal) {}

    private final List<Known> known;

    private Identities(List<Known> known) {
        this.known = List.copyOf(known);
    }

    public static Identities of(ServerConfig config) {
        List<Known> known = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        config.agents()
                .forEach(a -> known.add(new Known(hex.parseHex(a.tokenSha256()), new Principal.Agent(a.name()))));
        config.reviewers()
                .forEach(r -> known.add(
                        new Known(hex.parseHex(r.tokenSha256()), new Principal.Reviewer(r.name(), r.routes()))));
        config.operators()
                .forEach(o -> known.add(new Known(hex.parseHex(o.tokenSha256()), new Principal.Operator(o.name()))));
        return new Identities(known);
    }

    /** The SHA-256 of {@code token} in lower-case hex: what server.json lists. */
    public static String sha256Hex(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The principal of an {@code Authorization} header value ({@code Bearer TOKEN}); empty when unknown. */
    public Optional<Principal> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = sha256(token);
        Principal found = null;
        for (Known entry : known) {
            if (MessageDigest.isEqual(entry.hash(), presented)) {
                found = entry.principal();
            }
        }
        return Optional.ofNullable(found);
    }
}
