package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A route added beside the API (how the review page plugs in) is served with the server's services. */
class ExtraRoutesTest {

    @TempDir
    Path dir;

    ServerFixture fixture;

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aRouteMadeFromTheServicesIsServedAndListedAmongTheRoutes() throws Exception {
        fixture = ServerFixture.start(dir);
        fixture.server.close();
        fixture.server = fixture.builder()
                .routes(services -> List.of(new Route(
                        "GET",
                        "/open-count",
                        exchange -> exchange.send(
                                200,
                                "text/plain",
                                String.valueOf(services.escalations().openCount())))))
                .start();
        fixture.decide(ServerFixture.request(1));

        HttpResponse<String> response = fixture.send("GET", "/open-count", null, null);

        assertEquals(200, response.statusCode());
        assertEquals("1", response.body());
        assertTrue(fixture.server.routes().stream().anyMatch(r -> r.template().equals("/open-count")));
    }
}
