package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleRejectedException;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An engine decides by a verified bundle and names it; a host without one fails closed. */
class EngineBundleTest {

    private final SigningKey key = SigningKey.generate();
    private final byte[] bundleBytes = BundleWriter.write(
            BundleContent.builder(FintechProgram.program())
                    .compilerVersion("test")
                    .build(),
            key);

    @Test
    void decidesByAVerifiedBundleAndRecordsItsDigest() throws BundleRejectedException {
        Bundle bundle = BundleReader.read(bundleBytes, TrustStore.of(List.of(key.publicKey())));
        Engine engine = Engine.forBundle(bundle);
        engine.attach(FintechProgram.snapshot());

        Decision d =
                engine.decide(FintechProgram.payment("lending-agent-v2", "500").build());

        assertEquals(Effect.PERMIT, d.effect());
        assertEquals(bundle.digest(), d.trace().bundleDigest());
        assertEquals(bundle.digest(), engine.bundleDigest());
    }

    @Test
    void aHostWhoseBundleIsRefusedDeniesEverything() {
        byte[] tampered = bundleBytes.clone();
        tampered[tampered.length / 2] ^= 1;
        BundleRejectedException refused = assertThrows(
                BundleRejectedException.class,
                () -> BundleReader.read(tampered, TrustStore.of(List.of(key.publicKey()))));

        Engine engine = Engine.failClosed(refused.getMessage());
        Decision d =
                engine.decide(FintechProgram.payment("lending-agent-v2", "500").build());

        assertEquals(Effect.DENY, d.effect());
        assertEquals(ReasonCode.NO_VALID_BUNDLE, d.reasonCode());
    }
}
