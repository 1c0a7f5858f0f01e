package dev.charter.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * One HTTP request being served: its path parameters and caller, the body (read asynchronously
 * within the size limit), and the reply. Replying completes Jetty's callback; an endpoint may
 * reply from any thread, later, so that no thread waits for a ledger commit or a reviewer.
 */
public final class Exchange {

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Map<String, String> parameters;
    private final Optional<Principal> principal;
    private final ServerMetrics metrics;
    private final Executor executor;
    private final long startedNanos = System.nanoTime();

    Exchange(
            Request request,
            Response response,
            Callback callback,
            Map<String, String> parameters,
            Optional<Principal> principal,
            ServerMetrics metrics,
            Executor executor) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.parameters = parameters;
        this.principal = principal;
        this.metrics = metrics;
        this.executor = executor;
    }

    public Request request() {
        return request;
    }

    public Response response() {
        return response;
    }

    public Callback callback() {
        return callback;
    }

    public long startedNanos() {
        return startedNanos;
    }

    /** The caller the bearer token authenticates, if any. */
    public Optional<Principal> principal() {
        return principal;
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    /** A query parameter, or null. */
    public String query(String name) {
        Fields fields = Request.extractQueryParameters(request);
        return fields.getValue(name);
    }

    /** The body, or a failure with {@link BodyReader.TooLarge} past {@code max} bytes. */
    public CompletableFuture<byte[]> body(int max) {
        long declared = request.getLength();
        if (declared > max) {
            return CompletableFuture.failedFuture(new BodyReader.TooLarge(max));
        }
        return BodyReader.read(request, max);
    }

    /** Replies on the server's pool once {@code reply} completes; a failure becomes a 500 JSON error. */
    public void replyLater(CompletableFuture<Reply> reply) {
        reply.whenCompleteAsync(
                (done, failure) -> reply(
                        failure == null
                                ? done
                                : Reply.error(500, "internal_error", "the server failed: " + cause(failure))),
                executor);
    }

    private static String cause(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName();
    }

    public void reply(Reply reply) {
        String code = reply.errorCode();
        if (code != null) {
            metrics.error(code);
        }
        send(reply.status(), "application/json", reply.json());
    }

    /** Sends {@code body} with {@code contentType} and completes the exchange. */
    public void send(int status, String contentType, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType + "; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, body, callback);
    }
}
