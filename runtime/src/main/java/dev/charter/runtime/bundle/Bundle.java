package dev.charter.runtime.bundle;

import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.keys.KeyId;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A compiled constitution whose signature was verified against a trust store: only
 * {@link BundleReader} makes one, so holding a {@code Bundle} means its program is exactly what
 * a trusted key signed. The {@link #digest()} names it in every decision record.
 */
public final class Bundle {

    private final BundleContent content;
    private final String digest;
    private final KeyId keyId;

    Bundle(BundleContent content, String digest, KeyId keyId) {
        this.content = content;
        this.digest = digest;
        this.keyId = keyId;
    }

    public BundleContent content() {
        return content;
    }

    public Program program() {
        return content.program();
    }

    /** The constitution's name, version, reviewer and review date. */
    public Metadata metadata() {
        return content.program().metadata();
    }

    public String compilerVersion() {
        return content.compilerVersion();
    }

    public SortedMap<String, String> sourceDigests() {
        return content.sourceDigests();
    }

    public Optional<AnalysisSummary> analysis() {
        return content.analysis();
    }

    /** {@code sha256:<hex>} of the canonical bytes of the signed content. */
    public String digest() {
        return digest;
    }

    /** The trusted key that signed the bundle. */
    public KeyId keyId() {
        return keyId;
    }

    @Override
    public String toString() {
        return "Bundle[" + metadata().name() + " v" + metadata().version() + ", " + digest + ", signed by " + keyId
                + "]";
    }
}
