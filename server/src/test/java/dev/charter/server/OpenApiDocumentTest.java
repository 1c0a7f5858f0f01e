package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** openapi.json, checked in, against the routes the server registers and the answers it gives. */
class OpenApiDocumentTest {

    @TempDir
    Path dir;

    ServerFixture fixture;
    JsonNode document;
    SchemaCheck schemas;

    @BeforeEach
    void start() throws Exception {
        fixture = ServerFixture.start(dir);
        HttpResponse<String> served = fixture.send("GET", "/openapi.json", null, null);
        assertEquals(200, served.statusCode());
        document = ServerFixture.json(served);
        schemas = new SchemaCheck(document);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theDocumentIsOpenApi31() {
        assertEquals("3.1.0", document.get("openapi").asText());
    }

    @Test
    void everyRouteTheServerRegistersIsDocumentedAndNothingElse() {
        Set<String> registered = new TreeSet<>();
        fixture.server.routes().forEach(route -> registered.add(route.method() + " " + route.template()));
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                            method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey()));
        }
        assertEquals(registered, documented);
    }

    @Test
    void everyExampleFitsItsSchema() {
        List<String> problems = new ArrayList<>();
        int examples = 0;
        for (JsonNode content : document.findValues("content")) {
            for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
                Map.Entry<String, JsonNode> type = types.next();
                JsonNode media = type.getValue();
                if (media.has("example") && type.getKey().equals("application/json")) {
                    examples++;
                    schemas.problems(media.get("schema"), media.get("example"))
                            .forEach(p -> problems.add(media.get("example") + ": " + p));
                }
            }
        }
        assertTrue(examples >= 25, "examples checked: " + examples);
        assertEquals(List.of(), problems);
    }

    @Test
    void theServersAnswersFitTheDocumentedSchemas() throws Exception {
        check("/v1/decide", "post", fixture.decide(ServerFixture.request(2)));
        HttpResponse<String> escalated = fixture.decide(ServerFixture.request(1));
        check("/v1/decide", "post", escalated);
        long id = ServerFixture.json(escalated).get("seq").asLong();
        check("/v1/decide", "post", fixture.decide("{\"requests\":[" + ServerFixture.request(4) + "]}"));
        check("/v1/decide", "post", fixture.decide("nope"));
        check("/v1/decide", "post", fixture.send("POST", "/v1/decide", null, "{}"));
        check(
                "/v1/escalations",
                "get",
                fixture.send("GET", "/v1/escalations?state=all", ServerFixture.MARIA_TOKEN, null));
        check(
                "/v1/escalations/{id}",
                "get",
                fixture.send("GET", "/v1/escalations/" + id, ServerFixture.AGENT_TOKEN, null));
        check(
                "/v1/escalations/{id}/wait",
                "get",
                fixture.send("GET", "/v1/escalations/" + id + "/wait?timeout=1ms", ServerFixture.AGENT_TOKEN, null));
        check(
                "/v1/escalations/{id}/approve",
                "post",
                fixture.send(
                        "POST", "/v1/escalations/" + id + "/approve", ServerFixture.SAM_TOKEN, "{\"reason\":\"x\"}"));
        check(
                "/v1/escalations/{id}/approve",
                "post",
                fixture.send(
                        "POST", "/v1/escalations/" + id + "/approve", ServerFixture.MARIA_TOKEN, "{\"reason\":\"x\"}"));
        check(
                "/v1/escalations/{id}/deny",
                "post",
                fixture.send(
                        "POST", "/v1/escalations/" + id + "/deny", ServerFixture.MARIA_TOKEN, "{\"reason\":\"x\"}"));
        check("/healthz", "get", fixture.send("GET", "/healthz", null, null));
        check("/v1/facts", "put", fixture.send("PUT", "/v1/facts", ServerFixture.OPERATOR_TOKEN, "{\"relations\":{}}"));
        check("/v1/facts", "put", fixture.send("PUT", "/v1/facts", ServerFixture.OPERATOR_TOKEN, "[]"));
    }

    private void check(String path, String method, HttpResponse<String> response) throws Exception {
        JsonNode documented = document.path("paths")
                .path(path)
                .path(method)
                .path("responses")
                .path(String.valueOf(response.statusCode()));
        assertTrue(
                !documented.isMissingNode(),
                method + " " + path + " answered " + response.statusCode() + ", which the document does not list");
        JsonNode schema = documented.path("content").path("application/json").path("schema");
        assertEquals(
                List.of(),
                schemas.problems(schema, ServerFixture.json(response)),
                method + " " + path + " " + response.statusCode() + ": " + response.body());
    }
}
