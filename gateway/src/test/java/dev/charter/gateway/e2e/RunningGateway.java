package dev.charter.gateway.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.gateway.Gateway;
import dev.charter.gateway.GatewayConfig;
import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.server.Identities;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code examples/gateway} made runnable in a directory: its {@code gateway.json} with the paths,
 * tokens and ports of the test (the upstream the installed filesystem server on {@code data}
 * instead of {@code npx ... /data}, the HTTP downstream only, any free ports), its rules with
 * {@code /data/} standing for {@code data}, compiled and signed with a fresh key; then the gateway
 * started in this JVM from that file, as {@code charter gateway --config} starts it.
 */
final class RunningGateway implements AutoCloseable {

    static final Path EXAMPLE = Path.of("..", "examples", "gateway");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Gateway gateway;
    private final ByteArrayOutputStream log;

    private RunningGateway(Gateway gateway, ByteArrayOutputStream log) {
        this.gateway = gateway;
        this.log = log;
    }

    /** The gateway of the example, in {@code dir}, serving the files under {@code data}. */
    static RunningGateway start(
            Path dir,
            Path data,
            Path filesystemServer,
            SigningKey key,
            String agentToken,
            String reviewer,
            String reviewerToken)
            throws Exception {
        String constitution = Files.readString(EXAMPLE.resolve("filesystem.charter"))
                .replace("\"/data/", "\"" + data.toAbsolutePath() + "/");
        String tools = Files.readString(EXAMPLE.resolve("tools.charter"));
        Files.write(
                dir.resolve("filesystem.bundle"),
                GatewayEndToEndTest.bundle("filesystem.charter", constitution, tools, key));
        Files.createDirectories(dir.resolve("keys"));
        KeyFiles.writeSigningKey(dir.resolve("keys/charter.key"), key);
        KeyFiles.writeTrustStore(dir.resolve("keys/trust.txt"), TrustStore.of(List.of(key.publicKey())));

        ObjectNode config =
                (ObjectNode) JSON.readTree(EXAMPLE.resolve("gateway.json").toFile());
        ObjectNode fs = (ObjectNode) config.path("upstreams").path("fs");
        fs.put("command", "node");
        ArrayNode args = fs.putArray("args");
        args.add(filesystemServer.toString()).add(data.toAbsolutePath().toString());
        config.remove("stdio");
        ObjectNode server = (ObjectNode) config.path("server");
        ((ObjectNode) server.path("agents").get(0)).put("token_sha256", Identities.sha256Hex(agentToken));
        ((ObjectNode) server.path("reviewers").get(0))
                .put("name", reviewer)
                .put("token_sha256", Identities.sha256Hex(reviewerToken));
        Path file = dir.resolve("gateway.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Gateway gateway = Gateway.builder(
                        GatewayConfig.read(file).withHttpPort(0).withServerPort(0))
                .log(new PrintStream(log, true, StandardCharsets.UTF_8))
                .start();
        return new RunningGateway(gateway, log);
    }

    /** The agent's connection for {@code agent.mjs}: the Streamable HTTP endpoint and the bearer token. */
    String connectionJson(String token) {
        ObjectNode connection = JSON.createObjectNode();
        connection.put("url", gateway.mcpUri().toString());
        connection.put("token", token);
        return connection.toString();
    }

    /** The review page and escalation API. */
    URI reviewUrl() {
        return gateway.serverUri();
    }

    /** What the gateway logged so far (one line per call), for failure messages. */
    String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        gateway.close();
    }
}
