package dev.charter.runtime.bundle;

import dev.charter.runtime.ir.Program;
import dev.charter.runtime.keys.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a bundle's digest and signature cover: the program, the compiler version that
 * lowered it, the digest of each source file it came from, and optionally the solver's summary.
 * Holds no time or randomness, so the same sources compiled by the same compiler give the same
 * content, digest and (Ed25519 being deterministic) signature. Immutable.
 */
public final class BundleContent {

    private final Program program;
    private final String compilerVersion;
    private final SortedMap<String, String> sourceDigests;
    private final AnalysisSummary analysis;

    private BundleContent(
            Program program,
            String compilerVersion,
            SortedMap<String, String> sourceDigests,
            AnalysisSummary analysis) {
        this.program = program;
        this.compilerVersion = compilerVersion;
        this.sourceDigests = Collections.unmodifiableSortedMap(new TreeMap<>(sourceDigests));
        this.analysis = analysis;
    }

    /** Starts the content of a bundle for {@code program}. */
    public static Builder builder(Program program) {
        return new Builder(program);
    }

    public Program program() {
        return program;
    }

    public String compilerVersion() {
        return compilerVersion;
    }

    /** Source file name → {@code sha256:<hex>} of its UTF-8 text, ordered by name. */
    public SortedMap<String, String> sourceDigests() {
        return sourceDigests;
    }

    public Optional<AnalysisSummary> analysis() {
        return Optional.ofNullable(analysis);
    }

    /** The same content with the solver's summary recorded. */
    public BundleContent withAnalysis(AnalysisSummary summary) {
        return new BundleContent(program, compilerVersion, sourceDigests, summary);
    }

    /** Collects a bundle's content; every source must be named once. */
    public static final class Builder {
        private final Program program;
        private final SortedMap<String, String> sourceDigests = new TreeMap<>();
        private String compilerVersion;
        private AnalysisSummary analysis;

        private Builder(Program program) {
            this.program = program;
        }

        public Builder compilerVersion(String version) {
            this.compilerVersion = version;
            return this;
        }

        /** Records the digest of source file {@code name}, whose text is {@code text}. */
        public Builder source(String name, String text) {
            return sourceDigest(name, Sha256.text(text.getBytes(StandardCharsets.UTF_8)));
        }

        /** Records a source file's digest ({@code sha256:<hex>}) computed elsewhere. */
        public Builder sourceDigest(String name, String digest) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("a source file needs a name");
            }
            if (!Sha256.isText(digest)) {
                throw new IllegalArgumentException("a source digest is sha256:<64 lower-case hex digits>: " + digest);
            }
            if (sourceDigests.putIfAbsent(name, digest) != null) {
                throw new IllegalArgumentException("source file " + name + " is named twice");
            }
            return this;
        }

        public Builder analysis(AnalysisSummary summary) {
            this.analysis = summary;
            return this;
        }

        public BundleContent build() {
            if (compilerVersion == null || compilerVersion.isEmpty()) {
                throw new IllegalArgumentException("a bundle records the compiler version");
            }
            if (program == null) {
                throw new IllegalArgumentException("a bundle holds a program");
            }
            return new BundleContent(program, compilerVersion, sourceDigests, analysis);
        }
    }
}
