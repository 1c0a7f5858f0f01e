package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code charter eval --requests -} as a co-process: each line written to its standard input is
 * decided and its decision printed before the next line is written, with or without a ledger.
 */
class EvalCoprocessTest {

    private static final String LENDING = "../examples/fintech/lending.charter";
    private static final String FACTS = "../examples/fintech/facts.json";
    private static final String CONTEXT = "\"context\": {\"identity_verified\": true, \"account_status\": \"active\", "
            + "\"market_halted\": false}, \"time\": \"2026-04-14T11:43:10Z\"";
    private static final String SMALL_PAYMENT = "{\"agent\": \"lending-agent-v2\", \"action\": \"initiate_payment\", "
            + "\"request\": {\"amount\": \"500.00\", \"destination\": \"x\"}, " + CONTEXT + "}";
    private static final String CREDIT_CHANGE =
            "{\"agent\": \"lending-agent-v2\", \"action\": \"modify_credit_limit\", "
                    + "\"request\": {\"new_limit\": \"1\"}, " + CONTEXT + "}";

    @TempDir
    Path dir;

    @Test
    void each_line_is_decided_and_printed_before_the_next_is_written() throws Exception {
        converse(List.of("eval", LENDING, "--facts", FACTS, "--requests", "-"));
    }

    @Test
    void with_a_ledger_each_line_is_recorded_and_printed_before_the_next_is_written() throws Exception {
        Path keys = dir.resolve("keys");
        GeneratedKeys.generate(keys, "ledger");
        Path ledger = dir.resolve("ledger");
        converse(evalIntoLedger(ledger, keys));
        assertVerifies(ledger, keys);
    }

    @Test
    void a_line_too_long_stops_eval_but_every_decision_recorded_before_it_is_printed() throws Exception {
        Path keys = dir.resolve("keys");
        GeneratedKeys.generate(keys, "ledger");
        Path ledger = dir.resolve("ledger");
        CliRun run = CliRun.withInput(
                new EndlessLineAfter(SMALL_PAYMENT + "\n"),
                evalIntoLedger(ledger, keys).toArray(String[]::new));
        assertEquals(ExitStatus.USAGE, run.status(), run.err());
        assertEquals(
                "charter: standard input: line 2 is longer than " + RequestLines.MAX_CHARS
                        + " characters, refusing it\n",
                run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().startsWith("{\"decision\":\"permit\""), run.out());
        assertVerifies(ledger, keys);
    }

    @Test
    void standard_input_gives_the_same_decisions_as_the_file() throws IOException {
        String file = "src/test/resources/golden/eval/mixed.jsonl";
        CliRun fromFile = CliRun.of("eval", LENDING, "--facts", FACTS, "--requests", file);
        CliRun fromStdin =
                CliRun.withInput(Files.readString(Path.of(file)), "eval", LENDING, "--facts", FACTS, "--requests", "-");
        assertEquals(ExitStatus.OK, fromStdin.status(), fromStdin.err());
        assertEquals(fromFile.out(), fromStdin.out());
    }

    /** {@code charter eval} of standard input, recording each decision in {@code ledger} with the key "ledger". */
    private static List<String> evalIntoLedger(Path ledger, Path keys) {
        return List.of(
                "eval",
                LENDING,
                "--facts",
                FACTS,
                "--requests",
                "-",
                "--ledger",
                ledger.toString(),
                "--key",
                keys.resolve("ledger.key").toString());
    }

    private static void assertVerifies(Path ledger, Path keys) {
        CliRun verify = CliRun.of(
                "ledger",
                "verify",
                ledger.toString(),
                "--keys",
                keys.resolve("trust.txt").toString());
        assertEquals(ExitStatus.OK, verify.status(), verify.out() + verify.err());
    }

    /** Writes one request, reads its decision, writes the next, reads its decision, then ends the input. */
    private static void converse(List<String> args) throws Exception {
        PipedOutputStream toCharter = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(toCharter);
        PipedInputStream fromCharter = new PipedInputStream();
        PrintWriter stdout = new PrintWriter(new PipedOutputStream(fromCharter), false, StandardCharsets.UTF_8);
        StringWriter stderr = new StringWriter();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(
                () -> Main.run(stdin, stdout, new PrintWriter(stderr, true), args.toArray(String[]::new)));
        BufferedReader decisions = new BufferedReader(new InputStreamReader(fromCharter, StandardCharsets.UTF_8));
        List<String> answers = new ArrayList<>();
        assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> {
                    write(toCharter, SMALL_PAYMENT);
                    answers.add(decisions.readLine());
                    write(toCharter, CREDIT_CHANGE);
                    answers.add(decisions.readLine());
                    toCharter.close();
                    assertEquals(ExitStatus.OK, status.join(), stderr::toString);
                },
                stderr::toString);
        assertTrue(answers.get(0).startsWith("{\"decision\":\"permit\""), answers.get(0));
        assertTrue(answers.get(1).startsWith("{\"decision\":\"deny\""), answers.get(1));
    }

    private static void write(OutputStream stdin, String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** A stream that delivers {@code text}, then one line that never ends. */
    private static final class EndlessLineAfter extends InputStream {

        private final byte[] bytes;
        private int next;

        EndlessLineAfter(String text) {
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            return next < bytes.length ? bytes[next++] : 'x';
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            for (int i = 0; i < length; i++) {
                into[offset + i] = (byte) read();
            }
            return length;
        }

        @Override
        public int available() {
            return 8192;
        }
    }
}
