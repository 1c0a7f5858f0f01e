package dev.charter.gateway.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The Node project of the end-to-end test ({@code src/test/e2e}): the TypeScript MCP SDK and the
 * reference filesystem server, installed with {@code npm ci} from the checked-in
 * {@code package-lock.json} into {@code target/e2e}, once per build directory. Node and npm missing,
 * or the install failing, skip the test, unless {@code CHARTER_REQUIRE_NODE=1} (CI sets it), which
 * makes them a failure.
 */
final class NodeProject {

    private static final Path SOURCES = Path.of("src", "test", "e2e");
    private static final Path WORK = Path.of("target", "e2e");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "agent.mjs");

    private final Path dir;

    private NodeProject(Path dir) {
        this.dir = dir;
    }

    /** Node on the PATH and the project installed, or the test skipped (or failed, see above). */
    static NodeProject installed() throws IOException, InterruptedException {
        require(run(List.of("node", "--version"), Path.of("."), 30).exit() == 0, "node is not on the PATH");
        Files.createDirectories(WORK);
        Path lock = WORK.resolve("package-lock.json");
        boolean current = Files.isRegularFile(WORK.resolve("node_modules/.package-lock.json"))
                && Files.isRegularFile(lock)
                && Files.mismatch(lock, SOURCES.resolve("package-lock.json")) == -1;
        for (String file : FILES) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!current) {
            Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), WORK, 600);
            require(npm.exit() == 0, "npm ci of the MCP SDK and server-filesystem failed:\n" + npm.output());
        }
        return new NodeProject(WORK.toAbsolutePath());
    }

    /** The filesystem server's entry point, to run with {@code node} and the allowed directories. */
    Path filesystemServer() {
        return dir.resolve("node_modules/@modelcontextprotocol/server-filesystem/dist/index.js");
    }

    /** Starts {@code node agent.mjs CONNECTION STEPS}; its stdout is read line by line. */
    NodeProcess agent(String connectionJson, String stepsJson) throws IOException {
        return NodeProcess.start(List.of("node", "agent.mjs", connectionJson, stepsJson), dir);
    }

    private static void require(boolean available, String why) {
        if (available) {
            return;
        }
        if ("1".equals(System.getenv("CHARTER_REQUIRE_NODE"))) {
            fail(why + " (CHARTER_REQUIRE_NODE=1: the gateway's end-to-end test must run)");
        }
        Assumptions.abort(why + ": the end-to-end test is skipped (set CHARTER_REQUIRE_NODE=1 to make this a failure)");
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command, Path dir, int seconds) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            return new Result(127, command.get(0) + " could not be started: " + e.getMessage());
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
                    ? new Result(process.exitValue(), output)
                    : new Result(124, "timed out after " + seconds + " s:\n" + output);
        }
    }
}
