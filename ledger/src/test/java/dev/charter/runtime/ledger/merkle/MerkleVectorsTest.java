package dev.charter.runtime.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every transparency-dev inclusion and consistency probe gives the expected verdict. */
class MerkleVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> inclusionProbesMatchWantErr() throws IOException {
        return probes("inclusion")
                .map(file -> DynamicTest.dynamicTest(name(file), () -> {
                    JsonNode probe = JSON.readTree(file.toFile());
                    Optional<String> problem = MerkleProofs.checkInclusion(
                            unsigned(probe, "leafIdx"),
                            unsigned(probe, "treeSize"),
                            bytes(probe, "leafHash"),
                            proof(probe),
                            bytes(probe, "root"));
                    assertEquals(
                            probe.get("wantErr").booleanValue(),
                            problem.isPresent(),
                            probe.get("desc").textValue() + " " + problem);
                }));
    }

    @TestFactory
    Stream<DynamicTest> consistencyProbesMatchWantErr() throws IOException {
        return probes("consistency")
                .map(file -> DynamicTest.dynamicTest(name(file), () -> {
                    JsonNode probe = JSON.readTree(file.toFile());
                    Optional<String> problem = MerkleProofs.checkConsistency(
                            unsigned(probe, "size1"),
                            unsigned(probe, "size2"),
                            proof(probe),
                            bytes(probe, "root1"),
                            bytes(probe, "root2"));
                    assertEquals(
                            probe.get("wantErr").booleanValue(),
                            problem.isPresent(),
                            probe.get("desc").textValue() + " " + problem);
                }));
    }

    @Test
    void everyProbeFolderIsPresent() throws IOException {
        assertEquals(98, probes("inclusion").count());
        assertEquals(98, probes("consistency").count());
        assertTrue(probes("inclusion").anyMatch(f -> f.toString().contains("happy-path")));
    }

    private static Stream<Path> probes(String folder) throws IOException {
        Path root;
        try {
            root = Path.of(MerkleVectorsTest.class
                    .getResource("/vectors/merkle/" + folder)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    private static String name(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    /** Go uint64 fields: values past Long.MAX_VALUE keep their bits, as unsigned longs. */
    private static long unsigned(JsonNode probe, String field) {
        return probe.get(field).bigIntegerValue().longValue();
    }

    private static byte[] bytes(JsonNode probe, String field) {
        JsonNode node = probe.get(field);
        return node == null || node.isNull() ? new byte[0] : Base64.getDecoder().decode(node.textValue());
    }

    private static List<byte[]> proof(JsonNode probe) {
        List<byte[]> proof = new ArrayList<>();
        JsonNode hashes = probe.get("proof");
        if (hashes != null && hashes.isArray()) {
            hashes.forEach(h -> proof.add(Base64.getDecoder().decode(h.textValue())));
        }
        return proof;
    }
}
