package dev.charter.cli;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.server.Identities;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * What {@code charter gateway --demo} serves: the {@code examples/mcp-filesystem} constitution
 * (bundled in the CLI jar) compiled and signed with a fresh key in a new directory, a fresh
 * ledger, a data directory with {@code /data/public/readme.txt} and {@code /data/workspace/},
 * and a {@code gateway.json} whose one upstream is the demo file server at {@code upstream} and
 * whose agent ({@value #AGENT}) and reviewer ({@value #REVIEWER}, route
 * {@code workspace-owner}) have random tokens. The config keeps only the tokens' hashes.
 */
final class GatewayDemo {

    static final String AGENT = "files-agent";
    static final String REVIEWER = "olivia";
    static final String EXAMPLE = "demo/mcp-filesystem/";

    /** The directory, its config and data, and the tokens that go with the config. */
    record Setup(Path workspace, Path config, Path data, String agentToken, String reviewerToken) {}

    private GatewayDemo() {}

    /** The data directory the demo file server serves as {@code /data}. */
    static Path data(Path workspace) {
        return workspace.resolve("data");
    }

    static Setup prepare(Path workspace, URI upstream, int httpPort, int serverPort) throws IOException {
        Files.createDirectories(workspace);
        SigningKey key = SigningKey.generate();
        KeyFiles.writeSigningKey(workspace.resolve("charter.key"), key);
        Files.writeString(
                workspace.resolve("trust.txt"),
                TrustStore.of(List.of(key.publicKey())).toText());
        String rules = new String(bundled("filesystem.charter"), StandardCharsets.UTF_8);
        String tools = new String(bundled("tools.charter"), StandardCharsets.UTF_8);
        Compilation compilation = Compiler.compile(
                List.of(new SourceFile("filesystem.charter", rules), new SourceFile("tools.charter", tools)));
        if (compilation.program().isEmpty()) {
            throw new IllegalStateException("the bundled mcp-filesystem example does not compile");
        }
        Files.write(
                workspace.resolve("filesystem.bundle"),
                BundleWriter.write(
                        BundleContent.builder(compilation.program().get())
                                .compilerVersion(CharterVersion.current())
                                .source("filesystem.charter", rules)
                                .source("tools.charter", tools)
                                .build(),
                        key));
        Path data = data(workspace);
        Files.createDirectories(data.resolve("public"));
        Files.createDirectories(data.resolve("workspace"));
        Files.createDirectories(data.resolve("private"));
        Files.writeString(data.resolve("public/readme.txt"), "Anyone may read this file through the gateway.\n");
        Files.writeString(data.resolve("private/salaries.csv"), "name,salary\nnobody,0\n");
        String agentToken = token();
        String reviewerToken = token();
        Path config = workspace.resolve("gateway.json");
        Files.writeString(
                config,
                "{\n"
                        + "  \"bundle\": \"filesystem.bundle\",\n"
                        + "  \"trust\": \"trust.txt\",\n"
                        + "  \"ledger\": \"ledger\",\n"
                        + "  \"key\": \"charter.key\",\n"
                        + "  \"upstreams\": {\n"
                        + "    \"fs\": {\"url\": \"" + upstream
                        + "\", \"action_prefix\": \"\", \"call_timeout\": \"PT30S\"}\n"
                        + "  },\n"
                        + "  \"http\": {\"host\": \"127.0.0.1\", \"port\": " + httpPort + "},\n"
                        + "  \"server\": {\n"
                        + "    \"port\": " + serverPort + ",\n"
                        + "    \"agents\": [{\"name\": \"" + AGENT + "\", \"token_sha256\": \""
                        + Identities.sha256Hex(agentToken) + "\"}],\n"
                        + "    \"reviewers\": [{\"name\": \"" + REVIEWER + "\", \"token_sha256\": \""
                        + Identities.sha256Hex(reviewerToken) + "\", \"routes\": [\"workspace-owner\"]}],\n"
                        + "    \"escalation_timeouts\": {\"workspace-owner\": \"PT10M\", \"*\": \"PT1H\"}\n"
                        + "  }\n"
                        + "}\n");
        return new Setup(workspace, config, data, agentToken, reviewerToken);
    }

    private static String token() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static byte[] bundled(String file) throws IOException {
        try (InputStream in = GatewayDemo.class.getResourceAsStream(EXAMPLE + file)) {
            if (in == null) {
                throw new IllegalStateException("the demo file " + file + " is missing from the CLI jar");
            }
            return in.readAllBytes();
        }
    }
}
