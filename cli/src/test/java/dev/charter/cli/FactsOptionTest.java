package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fact snapshot that does not fit the constitution, or does not parse, is one clear line —
 * the file and what is wrong with it — and exit 2, whichever command reads it.
 */
class FactsOptionTest {

    private static final String LENDING = "../examples/fintech/lending.charter";
    private static final String REQUEST = "src/test/resources/golden/eval/large-payment.json";

    @TempDir
    Path dir;

    private Path misfit;

    @BeforeEach
    void writeAMisfit() throws IOException {
        misfit = dir.resolve("facts.json");
        Files.writeString(misfit, "{ \"relations\": { \"role\": [[\"orchestrator\", \"janitor\"]] } }");
    }

    private String expected() {
        return "charter: " + misfit + ": does not fit fintech-lending-agent version 3: relation role, column role: ";
    }

    private void assertRefused(CliRun run) {
        assertEquals(ExitStatus.USAGE, run.status(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals(
                expected(),
                run.err().substring(0, Math.min(run.err().length(), expected().length())),
                run.err());
    }

    @Test
    void checkRefusesFactsThatDoNotFit() {
        assertRefused(CliRun.of("check", LENDING, "--facts", misfit.toString()));
    }

    @Test
    void diffRefusesFactsThatDoNotFit() {
        assertRefused(CliRun.of("diff", LENDING, LENDING, "--facts", misfit.toString()));
    }

    @Test
    void evalRefusesFactsThatDoNotFitWithTheSameLine() {
        CliRun eval = CliRun.of("eval", LENDING, "--facts", misfit.toString(), "--request", REQUEST);
        assertRefused(eval);
        assertEquals(CliRun.of("check", LENDING, "--facts", misfit.toString()).err(), eval.err());
    }

    @Test
    void testRefusesATestFileWhoseFactsDoNotFit() throws IOException {
        Files.copy(Path.of(LENDING), dir.resolve("lending.charter"));
        Files.writeString(dir.resolve("lending.charter-test"), """
                constitution "lending.charter"
                facts "facts.json"
                test "a balance" {
                  request { "agent": "a", "action": "display_account_balance",
                            "context": { "identity_verified": true, "account_status": "active", "market_halted": false },
                            "time": "2026-04-14T11:42:09Z" }
                  expect permit
                }
                """);
        CliRun run = CliRun.of("test", dir.toString(), "--no-assertions");
        assertEquals(ExitStatus.USAGE, run.status(), run.out() + run.err());
        assertTrue(
                run.out()
                        .contains(
                                "facts.json: does not fit fintech-lending-agent version 3: relation role, column role: "),
                run.out());
    }

    @Test
    void replayRefusesASnapshotThatDoesNotParse() throws IOException {
        Path keys = dir.resolve("keys");
        assertEquals(
                ExitStatus.OK,
                CliRun.of("keys", "generate", "--out", keys.toString()).status());
        Path facts = Files.createDirectories(dir.resolve("facts"));
        Path broken = Files.writeString(facts.resolve("broken.json"), "{ \"relations\": ");
        Path bundles = Files.createDirectories(dir.resolve("bundles"));
        CliRun run = CliRun.of(
                "replay",
                dir.resolve("ledger").toString(),
                "--bundles",
                bundles.toString(),
                "--facts",
                facts.toString(),
                "--keys",
                keys.resolve("trust.txt").toString());
        assertEquals(ExitStatus.USAGE, run.status(), run.out() + run.err());
        assertEquals(
                "charter: " + broken + ": the fact snapshot is not well-formed JSON",
                run.err()
                        .substring(
                                0,
                                Math.min(
                                        run.err().length(),
                                        ("charter: " + broken + ": the fact snapshot is not well-formed JSON")
                                                .length())),
                run.err());
    }
}
