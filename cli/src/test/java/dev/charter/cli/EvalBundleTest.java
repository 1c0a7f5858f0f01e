package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter eval --bundle}: decisions by a signed bundle, and fail-closed when it is refused. */
class EvalBundleTest {

    private static final String LENDING = "../examples/fintech/lending.charter";
    private static final String FACTS = "../examples/fintech/facts.json";
    private static final String REQUEST = "src/test/resources/golden/eval/large-payment.json";

    @TempDir
    Path dir;

    private Path bundle;
    private Path trust;

    @BeforeEach
    void compileAndSign() {
        assertEquals(
                ExitStatus.OK,
                CliRun.of("keys", "generate", "--out", dir.resolve("keys").toString())
                        .status());
        bundle = dir.resolve("lending.bundle");
        trust = dir.resolve("keys/trust.txt");
        CliRun compiled = CliRun.of(
                "compile",
                LENDING,
                "-o",
                bundle.toString(),
                "--key",
                dir.resolve("keys/charter.key").toString());
        assertEquals(ExitStatus.OK, compiled.status(), compiled.out() + compiled.err());
    }

    private static JsonNode decision(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    /** {@code charter eval} of the request with the bundle, its trust file and the example facts. */
    private CliRun evalWithFacts() {
        return CliRun.of(
                "eval",
                "--bundle",
                bundle.toString(),
                "--trust",
                trust.toString(),
                "--facts",
                FACTS,
                "--request",
                REQUEST);
    }

    private void flipTheMiddleByteOfTheBundle() throws IOException {
        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 1;
        Files.write(bundle, bytes);
    }

    @Test
    void a_trusted_bundle_decides_and_its_digest_is_in_the_trace() throws IOException {
        CliRun run = evalWithFacts();
        assertEquals(ExitStatus.OK, run.status(), run.err());
        JsonNode decision = decision(run);
        assertEquals("escalate", decision.get("decision").textValue());
        assertTrue(decision.at("/trace/bundle").textValue().startsWith("sha256:"), run.out());
    }

    @Test
    void a_bundle_with_one_flipped_byte_is_refused_and_every_decision_is_deny() throws IOException {
        flipTheMiddleByteOfTheBundle();
        CliRun run =
                CliRun.of("eval", "--bundle", bundle.toString(), "--trust", trust.toString(), "--request", REQUEST);
        assertEquals(ExitStatus.FAILED, run.status());
        assertTrue(run.err().contains("refused"), run.err());
        assertEquals("deny", decision(run).get("decision").textValue());
        assertEquals("no_valid_bundle", decision(run).get("reason_code").textValue());
    }

    @Test
    void a_refused_bundle_with_facts_given_still_denies_every_decision() throws IOException {
        flipTheMiddleByteOfTheBundle();
        CliRun run = evalWithFacts();
        assertEquals(ExitStatus.FAILED, run.status(), run.err());
        assertEquals("no_valid_bundle", decision(run).get("reason_code").textValue());
    }

    @Test
    void a_bundle_signed_by_an_untrusted_key_is_refused() throws IOException {
        assertEquals(
                ExitStatus.OK,
                CliRun.of("keys", "generate", "--out", dir.resolve("other").toString())
                        .status());
        CliRun run = CliRun.of(
                "eval",
                "--bundle",
                bundle.toString(),
                "--trust",
                dir.resolve("other/trust.txt").toString(),
                "--request",
                REQUEST);
        assertEquals(ExitStatus.FAILED, run.status());
        assertEquals("no_valid_bundle", decision(run).get("reason_code").textValue());
    }

    @Test
    void sources_and_a_bundle_together_are_a_usage_error() {
        CliRun run = CliRun.of(
                "eval", LENDING, "--bundle", bundle.toString(), "--trust", trust.toString(), "--request", REQUEST);
        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("either the constitution's .charter files or --bundle"), run.err());
    }

    @Test
    void a_bundle_without_a_trust_file_is_a_usage_error() {
        CliRun run = CliRun.of("eval", "--bundle", bundle.toString(), "--request", REQUEST);
        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("--bundle and --trust go together"), run.err());
    }
}
