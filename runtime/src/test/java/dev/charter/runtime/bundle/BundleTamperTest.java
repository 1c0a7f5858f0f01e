package dev.charter.runtime.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.charter.runtime.bundle.BundleRejectedException.Reason;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bundle altered anywhere, by any single bit or byte, is never accepted. */
class BundleTamperTest {

    private static final SigningKey KEY = BundleFixtures.fixedKey();
    private static final TrustStore TRUST = TrustStore.of(List.of(KEY.publicKey()));

    @Test
    void everySingleBitFlipAtEveryPositionIsRefused() throws BundleRejectedException {
        byte[] original = BundleWriter.write(BundleFixtures.content(SamplePrograms.minimal()), KEY);
        BundleReader.read(original, TRUST);
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        for (int position = 0; position < original.length; position++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = original.clone();
                tampered[position] ^= (byte) (1 << bit);
                reasons.merge(refusal(tampered, position), 1, Integer::sum);
            }
        }
        assertEquals(
                8 * original.length,
                reasons.values().stream().mapToInt(Integer::intValue).sum());
        // Each kind of check catches some flips: the byte layout is covered end to end.
        for (Reason expected : List.of(
                Reason.MALFORMED,
                Reason.DIGEST_MISMATCH,
                Reason.BAD_SIGNATURE,
                Reason.UNTRUSTED_KEY,
                Reason.UNSUPPORTED_FORMAT)) {
            assertTrue(reasons.containsKey(expected), expected + " never caught a flip: " + reasons);
        }
    }

    @Test
    void everyByteOfALargerBundleInvertedIsRefused() {
        byte[] original = BundleWriter.write(BundleFixtures.content(SamplePrograms.everyNode()), KEY);
        for (int position = 0; position < original.length; position++) {
            byte[] tampered = original.clone();
            tampered[position] ^= (byte) 0xff;
            refusal(tampered, position);
        }
    }

    /** Hex digits are where a flip most easily keeps the JSON well-formed: try every other digit. */
    @Test
    void everyOtherHexDigitAnywhereInTheSignatureOrDigestIsRefused() {
        byte[] original = BundleWriter.write(BundleFixtures.content(SamplePrograms.fintech()), KEY);
        String text = new String(original, StandardCharsets.US_ASCII);
        int signature = text.indexOf("\"value\":\"", text.indexOf("\"signature\"")) + "\"value\":\"".length();
        int keyId = text.indexOf("\"key_id\":\"") + "\"key_id\":\"".length();
        int digest = text.indexOf("\"digest\":\"sha256:") + "\"digest\":\"sha256:".length();
        for (int[] field : new int[][] {{signature, 128}, {keyId, 16}, {digest, 64}}) {
            for (int position = field[0]; position < field[0] + field[1]; position++) {
                for (char digit : "0123456789abcdefABCDEF".toCharArray()) {
                    if (digit != original[position]) {
                        byte[] tampered = original.clone();
                        tampered[position] = (byte) digit;
                        refusal(tampered, position);
                    }
                }
            }
        }
    }

    private static Reason refusal(byte[] tampered, int position) {
        try {
            BundleReader.read(tampered, TRUST);
        } catch (BundleRejectedException e) {
            return e.reason();
        }
        return fail("a bundle changed at byte " + position + " was accepted");
    }
}
