package dev.charter.guard.springai;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Engine;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The tests' constitution ({@code support-tools.charter}): {@code get_weather} is permitted to
 * {@code support-bot}, {@code send_email} within {@code @example.com} too and denied
 * ({@code external_mail}) elsewhere, {@code refund} is permitted up to 100 and escalates to
 * {@code support-lead} above; anything else is denied by default. Compiled and signed with a
 * fresh key at test time.
 */
public final class SupportConstitution {

    public static final String FILE = "support-tools.charter";

    private SupportConstitution() {}

    /** The constitution's source. */
    public static String source() {
        try (InputStream in = SupportConstitution.class.getResourceAsStream("/" + FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundle of the constitution, signed by {@code key}. */
    public static byte[] bundle(SigningKey key) {
        String source = source();
        Compilation compilation = Compiler.compile(List.of(new SourceFile(FILE, source)));
        assertTrue(compilation.program().isPresent(), () -> "the constitution compiles: " + compilation.diagnostics());
        return BundleWriter.write(
                BundleContent.builder(compilation.program().get())
                        .compilerVersion("test")
                        .source(FILE, source)
                        .build(),
                key);
    }

    /** An engine of the verified bundle. */
    public static Engine engine() {
        SigningKey key = SigningKey.generate();
        try {
            return Engine.forBundle(BundleReader.read(bundle(key), TrustStore.of(List.of(key.publicKey()))));
        } catch (Exception e) {
            throw new AssertionError("the test bundle is refused", e);
        }
    }

    /** The files {@code charter.guard.*} names, written under {@code dir}. */
    public record Files(Path bundle, Path trust, Path ledger, Path ledgerKey) {}

    /** Writes the signed bundle, its trust file, and a ledger key under {@code dir}. */
    public static Files write(Path dir) throws IOException {
        SigningKey bundleKey = SigningKey.generate();
        Path bundle = java.nio.file.Files.write(dir.resolve("support.bundle"), bundle(bundleKey));
        Path trust = dir.resolve("trust.keys");
        KeyFiles.writeTrustStore(trust, TrustStore.of(List.of(bundleKey.publicKey())));
        Path ledgerKey = dir.resolve("ledger.key");
        KeyFiles.writeSigningKey(ledgerKey, SigningKey.generate());
        return new Files(bundle, trust, dir.resolve("ledger"), ledgerKey);
    }
}
