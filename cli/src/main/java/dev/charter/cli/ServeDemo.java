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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * What {@code charter serve --demo} serves: the fintech example bundled in the CLI jar, compiled
 * and signed with a fresh key in a new directory, with a fresh ledger and random tokens for one
 * agent ({@code lending-agent-v2}), one reviewer ({@code maria}, route {@code senior_ops}) and
 * one operator. The config holds only the tokens' hashes; the tokens are printed once.
 */
final class ServeDemo {

    static final String AGENT = "lending-agent-v2";
    static final String REVIEWER = "maria";

    /** The files a server is started from, and the tokens that go with its config. */
    record Setup(
            Path workspace,
            Path bundle,
            Path trust,
            Path facts,
            Path ledger,
            Path key,
            Path config,
            String agentToken,
            String reviewerToken,
            String operatorToken) {}

    private ServeDemo() {}

    static Setup prepare(Path workspace, int port) throws IOException {
        Files.createDirectories(workspace);
        SigningKey key = SigningKey.generate();
        Path keyFile = workspace.resolve("charter.key");
        KeyFiles.writeSigningKey(keyFile, key);
        Path trust = workspace.resolve("trust.txt");
        Files.writeString(trust, TrustStore.of(List.of(key.publicKey())).toText());
        String source = new String(bundled("lending.charter"), StandardCharsets.UTF_8);
        Compilation compilation = Compiler.compile(List.of(new SourceFile("lending.charter", source)));
        if (compilation.program().isEmpty()) {
            throw new IllegalStateException("the bundled fintech example does not compile");
        }
        Path bundle = workspace.resolve("lending.bundle");
        Files.write(
                bundle,
                BundleWriter.write(
                        BundleContent.builder(compilation.program().get())
                                .compilerVersion(CharterVersion.current())
                                .source("lending.charter", source)
                                .build(),
                        key));
        Path facts = workspace.resolve("facts.json");
        Files.write(facts, bundled("facts.json"));
        Files.write(workspace.resolve("requests.jsonl"), bundled("requests.jsonl"));
        String agentToken = token();
        String reviewerToken = token();
        String operatorToken = token();
        Path config = workspace.resolve("server.json");
        Files.writeString(
                config,
                "{\n  \"port\": " + port + ",\n  \"max_body_bytes\": 1048576,\n  \"max_json_depth\": 64,\n"
                        + "  \"agents\": [{\"name\": \"" + AGENT + "\", \"token_sha256\": \""
                        + Identities.sha256Hex(agentToken) + "\"}],\n"
                        + "  \"reviewers\": [{\"name\": \"" + REVIEWER + "\", \"token_sha256\": \""
                        + Identities.sha256Hex(reviewerToken) + "\", \"routes\": [\"senior_ops\"]}],\n"
                        + "  \"operators\": [{\"name\": \"ops\", \"token_sha256\": \""
                        + Identities.sha256Hex(operatorToken) + "\"}],\n"
                        + "  \"escalation_timeouts\": {\"senior_ops\": \"PT10M\", \"*\": \"PT1H\"}\n}\n");
        return new Setup(
                workspace,
                bundle,
                trust,
                facts,
                workspace.resolve("ledger"),
                keyFile,
                config,
                agentToken,
                reviewerToken,
                operatorToken);
    }

    private static String token() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static byte[] bundled(String file) throws IOException {
        try (InputStream in = ServeDemo.class.getResourceAsStream(DemoCommand.EXAMPLE + file)) {
            if (in == null) {
                throw new IllegalStateException("the demo file " + file + " is missing from the CLI jar");
            }
            return in.readAllBytes();
        }
    }
}
