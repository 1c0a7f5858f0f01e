package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and malformed clients (slowloris headers, truncated bodies, a 100 MB body, invalid UTF-8)
 * while a normal client keeps asking for decisions: the normal client is answered every time
 * within {@link #BOUND}, and no malformed request is answered with a permit.
 */
class SlowAndMalformedClientsTest {

    /** The slowest answer the normal client may get while the others misbehave (a loaded 2-core CI machine). */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final int SLOWLORIS = 150;

    @Test
    void misbehavingClientsNeitherBlockOthersNorGetAPermit(@TempDir Path dir) throws Exception {
        try (ServerFixture fixture = ServerFixture.start(dir)) {
            int port = fixture.server.port();
            String permit = ServerFixture.request(2);
            assertEquals(
                    "permit",
                    ServerFixture.json(fixture.decide(permit)).path("decision").asText());

            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong slowest = new AtomicLong();
            AtomicLong answered = new AtomicLong();
            ConcurrentLinkedQueue<String> normalFailures = new ConcurrentLinkedQueue<>();
            Thread normal = new Thread(() -> {
                while (!stop.get()) {
                    long start = System.nanoTime();
                    try {
                        var response = fixture.decide(permit);
                        if (response.statusCode() != 200
                                || !"permit"
                                        .equals(ServerFixture.json(response)
                                                .path("decision")
                                                .asText())) {
                            normalFailures.add(response.statusCode() + " " + response.body());
                        }
                        answered.incrementAndGet();
                    } catch (Exception e) {
                        normalFailures.add(e.toString());
                    }
                    slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                }
            });
            normal.start();

            List<Socket> slowloris = new ArrayList<>();
            try {
                for (int i = 0; i < SLOWLORIS; i++) {
                    Socket socket = new Socket("127.0.0.1", port);
                    socket.getOutputStream()
                            .write(("POST /v1/decide HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                                            + ServerFixture.AGENT_TOKEN + "\r\nX-Slow: ")
                                    .getBytes(StandardCharsets.US_ASCII));
                    slowloris.add(socket);
                }
                List<String> answers = new ArrayList<>();
                for (int second = 0; second < 3; second++) {
                    for (Socket socket : slowloris) {
                        socket.getOutputStream().write('a');
                    }
                    answers.add(truncatedBody(port, permit));
                    answers.add(hugeDeclaredBody(port));
                    answers.add(invalidUtf8(port, permit));
                    Thread.sleep(300);
                }
                answers.add(hugeStreamedBody(port));
                for (String answer : answers) {
                    assertFalse(answer.contains("\"permit\""), () -> "a malformed request got a permit: " + answer);
                }
                assertTrue(answers.stream().anyMatch(a -> a.startsWith("HTTP/1.1 413")), answers::toString);
                assertTrue(answers.stream().anyMatch(a -> a.startsWith("HTTP/1.1 400")), answers::toString);
            } finally {
                stop.set(true);
                normal.join(30_000);
                for (Socket socket : slowloris) {
                    socket.close();
                }
            }
            assertEquals(List.of(), List.copyOf(normalFailures), "the normal client was always answered with permit");
            assertTrue(answered.get() > 5, "the normal client kept going: " + answered.get());
            assertTrue(
                    slowest.get() < BOUND.toNanos(),
                    "slowest normal answer " + Duration.ofNanos(slowest.get()).toMillis() + " ms");
            assertEquals(
                    "permit",
                    ServerFixture.json(fixture.decide(permit)).path("decision").asText(),
                    "the server still answers afterwards");
        }
    }

    /** A body shorter than its Content-Length, then the client stops sending: no answer or an error, never a permit. */
    private static String truncatedBody(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(2_000);
            byte[] body = request.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(head(body.length).getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            socket.shutdownOutput();
            return answer(socket.getInputStream());
        }
    }

    /** Content-Length of 100 MB: refused with 413 before any of it is read. */
    private static String hugeDeclaredBody(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(head(100 << 20).getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write("{\"agent\":\"".getBytes(StandardCharsets.US_ASCII));
            return answer(socket.getInputStream());
        }
    }

    /** 100 MB sent chunked, without a declared length: the server stops reading at its limit and answers 413. */
    private static String hugeStreamedBody(int port) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(("POST /v1/decide HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                    + "Transfer-Encoding: chunked\r\nAuthorization: Bearer " + ServerFixture.AGENT_TOKEN
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = new byte[1 << 20];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 100; i++) {
                        out.write(size);
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // The server closed the connection after its 413: what it should do.
                }
            });
            writer.start();
            String answer = answer(socket.getInputStream());
            socket.close();
            writer.join(30_000);
            return answer;
        }
    }

    /** The permitted request with a byte that is not UTF-8 inside a string: 400, never a decision. */
    private static String invalidUtf8(int port, String request) throws IOException {
        byte[] text =
                request.replace("external-account", "external-acc\u0001ount").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < text.length; i++) {
            if (text[i] == 1) {
                text[i] = (byte) 0xC3;
            }
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(head(text.length).getBytes(StandardCharsets.US_ASCII));
            out.write(text);
            out.flush();
            return answer(socket.getInputStream());
        }
    }

    private static String head(long length) {
        return "POST /v1/decide HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + "Authorization: Bearer " + ServerFixture.AGENT_TOKEN + "\r\nContent-Length: " + length + "\r\n\r\n";
    }

    /** What came back until the server closed or went quiet; empty when nothing did. */
    private static String answer(InputStream in) {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (SocketTimeoutException e) {
            // Quiet: whatever arrived is the answer.
        } catch (IOException e) {
            // Reset by the server after its answer.
        }
        return answer.toString();
    }
}
