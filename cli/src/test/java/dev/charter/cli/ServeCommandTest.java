package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.server.CharterServer;
import dev.charter.server.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutItsFilesServeIsAUsageError() {
        CliRun run = CliRun.of("serve", "--bundle", "b.bundle");

        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("give --bundle, --trust, --facts, --ledger, --key and --config"), run.err());
    }

    @Test
    void aConfigThatIsNotJsonIsAOneLineProblem() throws Exception {
        ServeDemo.Setup setup = ServeDemo.prepare(dir.resolve("demo"), 0);
        Files.writeString(setup.config(), "{\"port\": 0, \"agents\": [{\"name\": \"a\"}]}");
        CliRun run = CliRun.of(
                "serve",
                "--bundle",
                setup.bundle().toString(),
                "--trust",
                setup.trust().toString(),
                "--facts",
                setup.facts().toString(),
                "--ledger",
                setup.ledger().toString(),
                "--key",
                setup.key().toString(),
                "--config",
                setup.config().toString());

        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("agents[a].token_sha256 must be 64 lower-case hex digits"), run.err());
    }

    @Test
    void theDemoSetupServesTheFintechExampleToItsAgentToken() throws Exception {
        ServeDemo.Setup setup = ServeDemo.prepare(dir.resolve("demo"), 0);
        ServerConfig config = ServerConfig.parse(Files.readAllBytes(setup.config()));
        try (CharterServer server = CharterServer.builder(
                        config, setup.ledger(), KeyFiles.readSigningKey(setup.key()), TrustStore.read(setup.trust()))
                .bundle(Files.readAllBytes(setup.bundle()))
                .facts(Files.readAllBytes(setup.facts()))
                .start()) {
            String request = Files.readAllLines(setup.workspace().resolve("requests.jsonl"))
                    .get(1);
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/decide"))
                                    .header("Authorization", "Bearer " + setup.agentToken())
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(request))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().startsWith("{\"decision\":\"permit\""), response.body());
        }
    }
}
