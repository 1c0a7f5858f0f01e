package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.gateway.GatewayConfig;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.server.Identities;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutAConfigOrTheDemoGatewayIsAUsageError() {
        CliRun run = CliRun.of("gateway");

        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("give --config FILE or --demo"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aConfigProblemIsOneLineNamingTheFileAndTheMember() throws Exception {
        Path config = dir.resolve("gateway.json");
        Files.writeString(config, "{\"bundle\": \"b\", \"upstream\": {}}");
        CliRun run = CliRun.of("gateway", "--config", config.toString());

        assertEquals(ExitStatus.USAGE, run.status());
        assertEquals(
                "charter: " + config + ": gateway.json: unknown member 'upstream'",
                run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void theDemoSetupIsAValidConfigWithASignedBundleAndHashedTokens() throws Exception {
        GatewayDemo.Setup setup = GatewayDemo.prepare(dir, URI.create("http://127.0.0.1:9/mcp"), 0, 0);
        GatewayConfig config = GatewayConfig.read(setup.config());
        BundleReader.read(Files.readAllBytes(config.bundle()), TrustStore.read(config.trust()));
        assertEquals(GatewayDemo.AGENT, config.server().agents().get(0).name());
        assertEquals(
                Identities.sha256Hex(setup.agentToken()),
                config.server().agents().get(0).tokenSha256());
        assertTrue(Files.readString(setup.data().resolve("public/readme.txt")).startsWith("Anyone may read"));
        assertEquals("", config.upstreams().get(0).actionPrefix());
    }

    @Test
    void anUnreachableUpstreamStopsTheGatewayWithItsName() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        GatewayDemo.Setup setup = GatewayDemo.prepare(dir, URI.create("http://127.0.0.1:" + closed + "/mcp"), 0, 0);
        CliRun run = CliRun.of("gateway", "--config", setup.config().toString());

        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("charter: upstream 'fs' could not be started or reached"), run.err());
        assertEquals("", run.out());
    }
}
