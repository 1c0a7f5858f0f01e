package dev.charter.gateway.e2e;

import dev.charter.testing.MachinePrerequisite;
import dev.charter.testing.ProcessRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

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

    private static final MachinePrerequisite NODE =
            new MachinePrerequisite("CHARTER_REQUIRE_NODE", "the gateway's end-to-end test");

    private final Path dir;

    private NodeProject(Path dir) {
        this.dir = dir;
    }

    /** Node on the PATH and the project installed, or the test skipped (or failed, see above). */
    static NodeProject installed() throws IOException, InterruptedException {
        NODE.require(
                ProcessRun.of(List.of("node", "--version"), Path.of("."), 30).exit() == 0, "node is not on the PATH");
        Files.createDirectories(WORK);
        Path lock = WORK.resolve("package-lock.json");
        boolean current = Files.isRegularFile(WORK.resolve("node_modules/.package-lock.json"))
                && Files.isRegularFile(lock)
                && Files.mismatch(lock, SOURCES.resolve("package-lock.json")) == -1;
        for (String file : FILES) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!current) {
            ProcessRun npm =
                    ProcessRun.of(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), WORK, 600);
            NODE.require(npm.exit() == 0, "npm ci of the MCP SDK and server-filesystem failed:\n" + npm.output());
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
}
