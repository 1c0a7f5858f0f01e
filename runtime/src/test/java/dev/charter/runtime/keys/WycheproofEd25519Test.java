package dev.charter.runtime.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Charter's Ed25519 verification accepts exactly the signatures Wycheproof marks valid. */
class WycheproofEd25519Test {

    private static final HexFormat HEX = HexFormat.of();

    private static JsonNode vectors() throws IOException {
        try (InputStream in =
                WycheproofEd25519Test.class.getResourceAsStream("/vectors/wycheproof/ed25519_test.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @TestFactory
    List<DynamicTest> verificationMatchesEveryVector() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode group : vectors().get("testGroups")) {
            byte[] rawKey = HEX.parseHex(group.get("publicKey").get("pk").asText());
            for (JsonNode vector : group.get("tests")) {
                String name = "tcId " + vector.get("tcId").asInt() + " "
                        + vector.get("comment").asText();
                tests.add(DynamicTest.dynamicTest(name, () -> check(rawKey, vector)));
            }
        }
        return tests;
    }

    @Test
    void theFileHoldsAllOfItsVectors() throws IOException {
        JsonNode vectors = vectors();
        int count = 0;
        for (JsonNode group : vectors.get("testGroups")) {
            count += group.get("tests").size();
        }
        assertEquals(vectors.get("numberOfTests").asInt(), count);
        assertEquals(151, count);
    }

    private static void check(byte[] rawKey, JsonNode vector) {
        boolean expected = vector.get("result").asText().equals("valid");
        byte[] message = HEX.parseHex(vector.get("msg").asText());
        byte[] signature = HEX.parseHex(vector.get("sig").asText());
        boolean accepted;
        try {
            accepted = PublicKey.fromBytes(rawKey).verifyRaw(message, signature);
        } catch (KeyFormatException e) {
            accepted = false;
        }
        assertEquals(expected, accepted, vector.toString());
    }
}
