package dev.charter.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body asynchronously (no thread waits for a slow client), refusing it as soon
 * as it passes {@code max} bytes.
 */
final class BodyReader implements Runnable {

    /** The body passed the limit. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(int max) {
            super("the body is larger than " + max + " bytes (max_body_bytes)");
        }
    }

    private final Content.Source source;
    private final int max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    private BodyReader(Content.Source source, int max) {
        this.source = source;
        this.max = max;
    }

    static CompletableFuture<byte[]> read(Content.Source source, int max) {
        BodyReader reader = new BodyReader(source, max);
        reader.run();
        return reader.result;
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = source.read();
            if (chunk == null) {
                source.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                result.completeExceptionally(chunk.getFailure());
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            if ((long) bytes.size() + buffer.remaining() > max) {
                chunk.release();
                result.completeExceptionally(new TooLarge(max));
                return;
            }
            byte[] part = new byte[buffer.remaining()];
            buffer.get(part);
            bytes.write(part, 0, part.length);
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                result.complete(bytes.toByteArray());
                return;
            }
        }
    }
}
