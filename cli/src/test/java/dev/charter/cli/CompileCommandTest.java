package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.runtime.bundle.AnalysisSummary;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.ProgramJson;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.solver.FindingKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter compile}: golden output, determinism, and every example through compile and load. */
class CompileCommandTest {

    private static final String CASES = "src/test/resources/golden/compile/";
    private static final String KEY = CASES + "test.key";
    private static final String LENDING = "../examples/fintech/lending.charter";
    private static final String FLAWED = "../examples/flawed/expenses.charter";

    @TempDir
    Path dir;

    @Test
    void aCleanConstitutionBecomesASignedBundle() throws Exception {
        Path bundle = dir.resolve("fintech.bundle");
        CliRun run = CliRun.of("compile", LENDING, "-o", bundle.toString(), "--key", KEY);
        Golden.assertText(
                "compile/fintech.txt",
                "exit " + run.status() + "\n--- stdout\n"
                        + run.out()
                                .replace(dir.toString(), "<DIR>")
                                .replaceAll("sha256:[0-9a-f]{64}", "sha256:<DIGEST>")
                                .replaceAll("\\d+ bytes", "<N> bytes")
                        + "--- stderr\n" + run.err());
        Bundle read = BundleReader.read(Files.readAllBytes(bundle), trust());
        assertEquals("fintech-lending-agent", read.metadata().name());
        assertEquals(List.of(LENDING), List.copyOf(read.sourceDigests().keySet()));
        assertTrue(run.out().contains(read.digest()), run.out());
        assertEquals(CharterVersion.current(), read.compilerVersion());
    }

    @Test
    void anErrorInTheAnalysisStopsCompileWithTheFindingsCheckPrints() {
        Path bundle = dir.resolve("flawed.bundle");
        CliRun run = CliRun.of("compile", FLAWED, "-o", bundle.toString(), "--key", KEY);
        assertEquals(ExitStatus.FAILED, run.status(), run.out() + run.err());
        assertFalse(Files.exists(bundle));
        String check = CliRun.of("check", FLAWED).out();
        for (String line : check.split("\n")) {
            if (line.startsWith("error[")) {
                assertTrue(run.out().contains(line), () -> "missing " + line + " in\n" + run.out());
            }
        }
        assertTrue(run.out().contains("error[conflict]"), run.out());
        assertTrue(run.out().contains("no bundle written: the analysis found 2 errors"), run.out());
    }

    @Test
    void allowErrorsSignsLoudlyAndTheBundleRecordsTheOverride() throws Exception {
        Path bundle = dir.resolve("flawed.bundle");
        CliRun run = CliRun.of("compile", FLAWED, "-o", bundle.toString(), "--key", KEY, "--allow-errors");
        assertEquals(ExitStatus.OK, run.status(), run.out() + run.err());
        assertTrue(run.err().startsWith("charter: warning: signing although the analysis found 2 errors"), run.err());
        AnalysisSummary summary = BundleReader.read(Files.readAllBytes(bundle), trust())
                .analysis()
                .orElseThrow();
        assertTrue(summary.errorsOverridden());
        JsonNode findings = new ObjectMapper()
                .readTree(CliRun.of("check", FLAWED, "--format", "json").out())
                .get("findings");
        Map<String, Integer> expected = new TreeMap<>();
        for (FindingKind kind : FindingKind.values()) {
            expected.put(kind.code().replace('-', '_'), 0);
        }
        findings.forEach(f -> expected.merge(f.get("kind").asText().replace('-', '_'), 1, Integer::sum));
        assertEquals(expected, summary.counts());
        assertTrue(summary.counts().get("conflict") > 0, summary.counts().toString());
        assertTrue(run.out().contains("(errors overridden by --allow-errors)"), run.out());
    }

    @Test
    void warningsDoNotStopCompileAndACleanAnalysisOverridesNothing() throws Exception {
        Path bundle = dir.resolve("fintech.bundle");
        CliRun run = CliRun.of("compile", LENDING, "-o", bundle.toString(), "--key", KEY, "--allow-errors");
        assertEquals(ExitStatus.OK, run.status(), run.out() + run.err());
        assertEquals("", run.err());
        assertFalse(BundleReader.read(Files.readAllBytes(bundle), trust())
                .analysis()
                .orElseThrow()
                .errorsOverridden());
    }

    @Test
    void withoutAnalysisTheBundleRecordsNone() throws Exception {
        Path bundle = dir.resolve("plain.bundle");
        CliRun run = CliRun.of("compile", LENDING, "-o", bundle.toString(), "--key", KEY, "--no-analysis");
        assertEquals(ExitStatus.OK, run.status(), run.out() + run.err());
        assertTrue(BundleReader.read(Files.readAllBytes(bundle), trust())
                .analysis()
                .isEmpty());
        assertTrue(run.out().contains("  analysis: not run (--no-analysis)"), run.out());
    }

    @Test
    void missingDirectoriesOnTheWayToTheBundleAreCreated() throws Exception {
        Path bundle = dir.resolve("out/signed/fintech.bundle");
        CliRun run = CliRun.of("compile", LENDING, "-o", bundle.toString(), "--key", KEY, "--no-analysis");
        assertEquals(ExitStatus.OK, run.status(), run.out() + run.err());
        assertEquals(
                "fintech-lending-agent",
                BundleReader.read(Files.readAllBytes(bundle), trust())
                        .metadata()
                        .name());
    }

    @Test
    void compilingTwiceGivesTheSameBytes() throws IOException {
        Path first = dir.resolve("a.bundle");
        Path second = dir.resolve("b.bundle");
        CliRun.of("compile", LENDING, "-o", first.toString(), "--key", KEY);
        CliRun.of("compile", LENDING, "-o", second.toString(), "--key", KEY);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void errorsArePrintedAndNoBundleIsWritten() {
        Path bundle = dir.resolve("broken.bundle");
        Golden.assertRun(
                "compile/undefined-names.txt",
                "compile",
                CASES + "undefined-names.charter",
                "-o",
                "target/never-written.bundle",
                "--key",
                KEY);
        CliRun run = CliRun.of("compile", CASES + "undefined-names.charter", "-o", bundle.toString(), "--key", KEY);
        assertEquals(ExitStatus.FAILED, run.status());
        assertFalse(Files.exists(bundle));
    }

    @Test
    void aMissingKeyIsOneLineAndExit2() {
        Golden.assertRun(
                "compile/missing-key.txt",
                "compile",
                LENDING,
                "-o",
                "target/never-written.bundle",
                "--key",
                CASES + "absent.key");
    }

    @Test
    void aPublicKeyInPlaceOfThePrivateOneIsRefused() throws IOException {
        Path pub = dir.resolve("charter.pub");
        KeyFiles.writePublicKey(pub, SigningKey.generate().publicKey());
        CliRun run = CliRun.of("compile", LENDING, "-o", dir.resolve("x.bundle").toString(), "--key", pub.toString());
        assertEquals(ExitStatus.USAGE, run.status());
        assertEquals(
                "charter: " + pub + ":1: expected 'ed25519-private KEYID HEX'" + System.lineSeparator(), run.err());
    }

    @Test
    void theSameFileTwiceIsAUsageError() {
        CliRun run = CliRun.of(
                "compile", LENDING, LENDING, "-o", dir.resolve("x.bundle").toString(), "--key", KEY);
        assertEquals(ExitStatus.USAGE, run.status());
        assertEquals("charter: " + LENDING + ": given twice" + System.lineSeparator(), run.err());
    }

    @Test
    void missingOptionsAreUsageErrors() {
        assertEquals(
                ExitStatus.USAGE, CliRun.of("compile", LENDING, "--key", KEY).status());
        assertEquals(
                ExitStatus.USAGE,
                CliRun.of("compile", LENDING, "-o", "x.bundle").status());
    }

    /** The IR codec on real compiler output: every example compiles, loads, and carries the compiled program (the analysis is another test's). */
    @Test
    void everyExampleLoadsBackAsTheProgramItCompiledTo() throws Exception {
        List<Path> examples;
        try (Stream<Path> dirs = Files.list(Path.of("../examples"))) {
            examples = dirs.filter(Files::isDirectory).sorted().toList();
        }
        List<String> compiled = new ArrayList<>();
        for (Path example : examples) {
            List<Path> sources;
            try (Stream<Path> files = Files.list(example)) {
                sources = files.filter(f -> f.toString().endsWith(".charter"))
                        .sorted()
                        .toList();
            }
            if (sources.isEmpty()) {
                continue;
            }
            Compilation compilation = Compiler.compile(InputFiles.sources(sources));
            if (compilation.program().isEmpty()) {
                continue;
            }
            Path bundle = dir.resolve(example.getFileName() + ".bundle");
            List<String> args = new ArrayList<>(List.of("compile"));
            sources.forEach(s -> args.add(s.toString()));
            args.addAll(List.of("-o", bundle.toString(), "--key", KEY, "--no-analysis"));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitStatus.OK, run.status(), example + ": " + run.out() + run.err());
            Program loaded =
                    BundleReader.read(Files.readAllBytes(bundle), trust()).program();
            assertEquals(
                    CanonicalJson.string(
                            ProgramJson.encode(compilation.program().get())),
                    CanonicalJson.string(ProgramJson.encode(loaded)),
                    example.toString());
            compiled.add(example.getFileName().toString());
        }
        assertTrue(compiled.size() >= 5, "examples compiled: " + compiled);
    }

    private static TrustStore trust() throws Exception {
        return TrustStore.of(List.of(KeyFiles.readSigningKey(Path.of(KEY)).publicKey()));
    }
}
