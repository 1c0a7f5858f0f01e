package dev.charter.gateway.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Node script that prints one JSON object per line (the agent): its lines are read as they come,
 * so that a test can wait for "the call started" and act while the call waits. Standard error is
 * kept for the failure messages. Closing kills the process and its children.
 */
final class NodeProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final StringBuilder stderr = new StringBuilder();

    private NodeProcess(Process process) {
        this.process = process;
    }

    static NodeProcess start(List<String> command, Path dir) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        process.getOutputStream().close();
        NodeProcess node = new NodeProcess(process);
        Thread out = new Thread(() -> node.pump(process.getInputStream(), node.lines::add), "agent-stdout");
        Thread err = new Thread(
                () -> node.pump(process.getErrorStream(), line -> {
                    synchronized (node.stderr) {
                        node.stderr.append(line).append('\n');
                    }
                }),
                "agent-stderr");
        out.setDaemon(true);
        err.setDaemon(true);
        out.start();
        err.start();
        return node;
    }

    private void pump(InputStream stream, java.util.function.Consumer<String> sink) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                sink.accept(line);
            }
        } catch (IOException e) {
            sink.accept("(output lost: " + e.getMessage() + ")");
        }
    }

    /**
     * The next line that matches, skipping (but keeping for {@link #transcript()}) the others; an
     * {@link AssertionError} with the transcript when none comes within the time, or the process
     * ended without printing one.
     */
    JsonNode await(Predicate<JsonNode> wanted, String what, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line =
                    lines.poll(Math.max(0, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200))), TimeUnit.NANOSECONDS);
            if (line == null) {
                if (left <= 0) {
                    throw new AssertionError("no line " + what + " within " + within + "\n" + transcript());
                }
                if (!process.isAlive() && lines.isEmpty()) {
                    throw new AssertionError("the agent exited (" + process.exitValue() + ") before a line " + what
                            + "\n" + transcript());
                }
                continue;
            }
            seen.add(line);
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                continue;
            }
            if (wanted.test(node)) {
                return node;
            }
        }
    }

    /** Waits for the process to end and returns its exit status. */
    int exit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the agent did not exit within " + within + "\n" + transcript());
        }
        return process.exitValue();
    }

    /** Every line printed so far and standard error, for failure messages. */
    String transcript() {
        lines.drainTo(seen);
        synchronized (stderr) {
            return "stdout:\n  " + String.join("\n  ", seen) + "\nstderr:\n" + stderr;
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
