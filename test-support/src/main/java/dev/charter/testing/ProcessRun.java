package dev.charter.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An external program a test ran to its end: its exit code and its standard output and error, as
 * lines joined by {@code \n}. A program that cannot be started exits 127, one that outlives its
 * time is killed with its children and exits 124; the output then says why.
 */
public record ProcessRun(int exit, String output) {

    /** Runs {@code command} in {@code dir} with no input, for at most {@code seconds}. */
    public static ProcessRun of(List<String> command, Path dir, int seconds) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            return new ProcessRun(127, command.get(0) + " could not be started: " + e.getMessage());
        }
        process.getOutputStream().close();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                synchronized (lines) {
                    lines.add("(output lost: " + e.getMessage() + ")");
                }
            }
        });
        reader.start();
        boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        reader.join(5_000);
        synchronized (lines) {
            String output = String.join("\n", lines);
            return finished
                    ? new ProcessRun(process.exitValue(), output)
                    : new ProcessRun(124, "timed out after " + seconds + " s:\n" + output);
        }
    }
}
