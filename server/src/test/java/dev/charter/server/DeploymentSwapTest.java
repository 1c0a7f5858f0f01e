package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.ledger.ReplayReport;
import dev.charter.runtime.ledger.Replayer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DeploymentSwapTest extends ServerPerTest {

    private HttpResponse<String> put(String path, byte[] body, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fixture.server.port() + path))
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return fixture.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private byte[] version(int version) throws Exception {
        return ServerFixture.bundle(
                ServerFixture.source().replace("version 3 {", "version " + version + " {"), fixture.key);
    }

    @Test
    void aNewerSignedBundleIsSwappedInAndNamedByLaterDecisions() throws Exception {
        HttpResponse<String> response = put("/v1/bundle", version(4), ServerFixture.OPERATOR_TOKEN);

        assertEquals(200, response.statusCode(), response.body());
        String digest = ServerFixture.json(response).get("bundle").asText();
        assertEquals(4, ServerFixture.json(response).get("version").asInt());
        String trace = ServerFixture.json(fixture.decide(ServerFixture.request(2)))
                .get("trace")
                .get("bundle")
                .asText();
        assertEquals(digest, trace);
    }

    @Test
    void anOlderSignedBundleIsRefusedAsARollback() throws Exception {
        String before = ServerFixture.json(fixture.send("GET", "/healthz", null, null))
                .get("bundle")
                .asText();
        HttpResponse<String> response = put("/v1/bundle", version(2), ServerFixture.OPERATOR_TOKEN);

        assertEquals(409, response.statusCode(), response.body());
        assertEquals(
                "bundle_rollback", ServerFixture.json(response).get("error").asText());
        assertEquals(
                before,
                ServerFixture.json(fixture.send("GET", "/healthz", null, null))
                        .get("bundle")
                        .asText());
    }

    @Test
    void aTamperedBundleIsRefusedAndTheOldOneStays() throws Exception {
        byte[] tampered = version(5);
        tampered[tampered.length / 2] ^= 1;
        HttpResponse<String> response = put("/v1/bundle", tampered, ServerFixture.OPERATOR_TOKEN);

        assertEquals(422, response.statusCode(), response.body());
        assertEquals(
                "permit",
                ServerFixture.json(fixture.decide(ServerFixture.request(2)))
                        .get("decision")
                        .asText());
    }

    @Test
    void onlyAnOperatorMaySwap() throws Exception {
        assertEquals(
                403, put("/v1/bundle", version(4), ServerFixture.MARIA_TOKEN).statusCode());
        assertEquals(
                401,
                put("/v1/facts", "{}".getBytes(StandardCharsets.UTF_8), "nobody")
                        .statusCode());
    }

    @Test
    void aNewSnapshotIsNamedByDigestInLaterRecordsAndTheArchiveReplaysTheLedgerAgentMismatchesIncluded()
            throws Exception {
        fixture.decide(ServerFixture.request(2));
        byte[] facts = "{\"relations\":{}}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = put("/v1/facts", facts, ServerFixture.OPERATOR_TOKEN);
        assertEquals(200, response.statusCode(), response.body());
        String digest = FactSnapshot.parse(facts).digest();
        assertEquals(digest, ServerFixture.json(response).get("facts").asText());
        put("/v1/bundle", version(4), ServerFixture.OPERATOR_TOKEN);
        String later = ServerFixture.json(fixture.decide(ServerFixture.request(2)))
                .get("trace")
                .get("snapshot")
                .asText();
        assertEquals(digest, later);
        assertEquals(
                "agent_mismatch",
                ServerFixture.json(fixture.decide(ServerFixture.request(3)))
                        .get("reason_code")
                        .asText());
        fixture.close();

        Path archive = dir.resolve("ledger.archive");
        List<Bundle> bundles = new ArrayList<>();
        for (Path file : files(archive.resolve("bundles"))) {
            bundles.add(BundleReader.read(Files.readAllBytes(file), fixture.trust));
        }
        List<FactSnapshot> snapshots = new ArrayList<>();
        for (Path file : files(archive.resolve("facts"))) {
            snapshots.add(FactSnapshot.parse(Files.readAllBytes(file)));
        }
        assertEquals(2, bundles.size());
        ReplayReport report = new Replayer(bundles, snapshots).replay(dir.resolve("ledger"));
        assertEquals(
                report.decisions(),
                report.identical(),
                () -> report.divergences().toString());
        assertTrue(report.decisions() >= 3);
        fixture.server = fixture.newServer();
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
