package dev.charter.gateway;

import io.modelcontextprotocol.spec.McpError;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** A failure as one line for a log, an error result or an execution record's detail: its kind and message. */
final class Failures {

    private Failures() {}

    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null
                && (cause instanceof CompletionException
                        || cause instanceof ExecutionException
                        || cause.getClass().getName().startsWith("reactor.core.Exceptions"))) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException) {
            return "no answer in time (" + message(cause, "timeout") + ")";
        }
        if (cause instanceof McpError error && error.getJsonRpcError() != null) {
            return "MCP error " + error.getJsonRpcError().code() + ": "
                    + error.getJsonRpcError().message();
        }
        return cause.getClass().getSimpleName() + ": " + message(cause, "no message");
    }

    private static String message(Throwable cause, String otherwise) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? otherwise : message.strip();
    }
}
