package dev.charter.server;

import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A decision server in a process of its own, for the tests that kill it with SIGKILL
 * ({@link KillNineTest}). {@link #main} runs the server on {@code DIR/ledger} with the bundle,
 * facts and server.json in {@code DIR}, signed by the key of the seed, and writes the port it
 * bound to {@code DIR/port} once it serves. {@link #start} launches it from a test.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        SigningKey key = SigningKey.fromSeed(HexFormat.of().parseHex(args[1]));
        ServerConfig config = ServerConfig.parse(Files.readAllBytes(dir.resolve("server.json")));
        CharterServer server = CharterServer.builder(
                        config, dir.resolve("ledger"), key, TrustStore.of(List.of(key.publicKey())))
                .bundle(Files.readAllBytes(dir.resolve("bundle.cbundle")))
                .facts(Files.readAllBytes(dir.resolve("facts.json")))
                .sweepInterval(Duration.ofMillis(200))
                .start();
        Path written = dir.resolve("port.tmp");
        Files.writeString(written, Integer.toString(server.port()), StandardCharsets.US_ASCII);
        Files.move(written, dir.resolve("port"), StandardCopyOption.ATOMIC_MOVE);
        server.join();
    }

    /** Starts a server process on {@code dir} (bundle.cbundle, facts.json, server.json) and waits until it serves. */
    static ServerProcess start(Path dir, String seedHex) throws IOException, InterruptedException {
        Files.deleteIfExists(dir.resolve("port"));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath,
                ServerProcess.class.getName(),
                dir.toString(),
                seedHex));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(dir.resolve("port"))) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server process exited with " + process.exitValue() + ":\n"
                        + Files.readString(dir.resolve("server.log")));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the server process did not start within 60 s");
            }
            Thread.sleep(20);
        }
        return new ServerProcess(
                process, Integer.parseInt(Files.readString(dir.resolve("port")).strip()));
    }

    int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no flush, no close. */
    void killNine() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server process survived SIGKILL for 30 s");
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
