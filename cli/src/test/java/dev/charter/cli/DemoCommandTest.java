package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void runs_every_step_and_names_each() {
        CliRun run = CliRun.of("demo");
        assertEquals(ExitStatus.OK, run.status(), run.out() + run.err());
        String[] steps = {
            "Generate the compliance team's signing key",
            "Check the constitution and run the analyses",
            "Compile and sign the bundle",
            "Decide the scenario through a ledger-backed engine",
            "See what waits for a person",
            "Resolve the escalation",
            "Verify the ledger",
            "Replay the ledger",
            "Fail closed: flip one byte of the bundle"
        };
        for (int i = 0; i < steps.length; i++) {
            assertTrue(run.out().contains("[" + (i + 1) + "] " + steps[i] + "\n"), run.out());
        }
        assertTrue(
                run.out()
                        .contains(
                                "info[assertion-proved]: assertion `large_payments_reviewed` holds for every request"),
                run.out());
        assertTrue(
                run.out()
                        .contains(
                                "lending-agent-v2  initiate_payment     15000     -> escalate to senior_ops by large_payment"),
                run.out());
        assertTrue(run.out().contains("--reason \"invoice matches the loan agreement\""), run.out());
        assertTrue(run.out().contains("approved by maria@senior-ops"), run.out());
        assertTrue(run.out().contains("ledger ledger: OK"), run.out());
        assertTrue(run.out().contains("5 identical, 0 divergent"), run.out());
        assertTrue(
                run.out().contains("lending-agent-v2  initiate_payment               -> deny (no_valid_bundle)"),
                run.out());
        assertTrue(run.out().contains("Done in "), run.out());
    }

    @Test
    void long_explanations_are_wrapped_at_spaces() {
        assertEquals(java.util.List.of("one two", "three"), DemoScript.wrapped("one two three", 8));
        assertEquals(java.util.List.of("unbreakable-word"), DemoScript.wrapped("unbreakable-word", 4));
    }

    @Test
    void a_failing_step_stops_the_script_and_names_the_step(@TempDir Path dir) {
        StringWriter text = new StringWriter();
        DemoScript script = new DemoScript(dir, new PrintWriter(text, true));
        DemoScript.StepFailed failure = assertThrows(
                DemoScript.StepFailed.class,
                () -> script.run(
                        DemoScript.Step.command("Check a file that is not there", "why", "check", "./absent.charter")));
        assertEquals("step 1 (Check a file that is not there) exited with status 2", failure.getMessage());
        assertTrue(text.toString().contains("$ charter check absent.charter"), text.toString());
        assertTrue(text.toString().contains("charter: absent.charter: no such file"), text.toString());
    }
}
