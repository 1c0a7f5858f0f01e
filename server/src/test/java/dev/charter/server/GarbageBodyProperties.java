package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.bundle.BundleReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever bytes arrive at {@code POST /v1/decide} — random text, random bytes, valid requests
 * with a character deleted, inserted or replaced — the server never permits what the engine on
 * its own would not permit for the same text, and an error status never carries a PERMIT.
 */
class GarbageBodyProperties {

    private static Path dir;
    private static ServerFixture fixture;
    private static Engine engine;

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("charter-server-garbage-");
        fixture = ServerFixture.start(dir);
        engine = Engine.forBundle(
                BundleReader.read(ServerFixture.bundle(ServerFixture.source(), fixture.key), fixture.trust));
        engine.attach(FactSnapshot.parse(Files.readAllBytes(ServerFixture.EXAMPLE.resolve("facts.json"))));
    }

    @AfterContainer
    static void stop() throws Exception {
        fixture.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 300)
    void garbageNeverYieldsAPermitTheEngineWouldNotGive(@ForAll("bodies") byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + fixture.server.port() + "/v1/decide"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + ServerFixture.AGENT_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = fixture.http.send(request, HttpResponse.BodyHandlers.ofString());

        if (response.statusCode() != 200) {
            assertFalse(response.body().contains("\"permit\""), response.body());
            assertTrue(ServerFixture.json(response).has("error"), response.body());
            return;
        }
        JsonNode answer = ServerFixture.json(response);
        if (answer.has("decisions")) {
            answer.get("decisions")
                    .forEach(d -> assertFalse(d.get("decision").asText().equals("permit")));
            return;
        }
        if ("permit".equals(answer.get("decision").asText())) {
            String text = new String(body, StandardCharsets.UTF_8);
            assertTrue(engine.decideJson(text).permitted(), "the engine alone permits " + text);
        }
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(300).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> mutated = Combinators.combine(
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.chars(),
                        Arbitraries.integers().between(0, 2))
                .as((line, position, c, kind) -> mutate(line, position, c, kind));
        return Arbitraries.oneOf(text, bytes, mutated);
    }

    private static byte[] mutate(int line, int position, char c, int kind) {
        String request;
        try {
            request = ServerFixture.request(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int at = position % request.length();
        String changed = switch (kind) {
            case 0 -> request.substring(0, at) + request.substring(at + 1);
            case 1 -> request.substring(0, at) + c + request.substring(at);
            default -> request.substring(0, at) + c + request.substring(at + 1);
        };
        return changed.getBytes(StandardCharsets.UTF_8);
    }
}
