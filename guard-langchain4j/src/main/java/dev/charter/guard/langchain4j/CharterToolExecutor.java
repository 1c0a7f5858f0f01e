package dev.charter.guard.langchain4j;

import dev.charter.guard.ToolCall;
import dev.charter.guard.ToolOutcome;
import dev.charter.guard.Verdict;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link ToolExecutor} that asks Charter before it runs the one it decorates.
 *
 * <p>Each call becomes a {@link ToolCall}: the requested tool's name, its JSON arguments
 * ({@code {}} when the model sent none), the configured agent and the session of the AI service
 * invocation. The delegate runs only when the verdict is {@link Verdict.Proceed}; its outcome is
 * then recorded ({@code ToolGuard.executed}) before the result goes back to the model: success
 * with the digest of the result's text, or failure when the delegate threw (the exception is
 * rethrown, so LangChain4j's error handling still applies) or returned an error result. A
 * {@link Verdict.Refused} call does not run: the model reads the refusal text as the tool's error
 * result, or the configured exception is thrown.
 */
public final class CharterToolExecutor implements ToolExecutor {

    private final ToolExecutor delegate;
    private final CharterTools charter;

    CharterToolExecutor(ToolExecutor delegate, CharterTools charter) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.charter = charter;
    }

    /** The executor this one guards. */
    public ToolExecutor delegate() {
        return delegate;
    }

    @Override
    public String execute(ToolExecutionRequest request, Object memoryId) {
        InvocationContext context =
                InvocationContext.builder().chatMemoryId(memoryId).build();
        Verdict verdict = charter.guard().check(callOf(request, context));
        if (verdict instanceof Verdict.Proceed proceed) {
            return run(proceed, () -> delegate.execute(request, memoryId), CharterToolExecutor::textOutcome);
        }
        return refuse((Verdict.Refused) verdict);
    }

    @Override
    public ToolExecutionResult executeWithContext(ToolExecutionRequest request, InvocationContext context) {
        Verdict verdict = charter.guard().check(callOf(request, context));
        if (verdict instanceof Verdict.Proceed proceed) {
            return run(
                    proceed, () -> delegate.executeWithContext(request, context), CharterToolExecutor::resultOutcome);
        }
        return ToolExecutionResult.builder()
                .isError(true)
                .resultText(refuse((Verdict.Refused) verdict))
                .build();
    }

    private ToolCall callOf(ToolExecutionRequest request, InvocationContext context) {
        String arguments = request.arguments();
        return new ToolCall(
                request.name(),
                arguments == null || arguments.isBlank() ? "{}" : arguments,
                charter.agent(),
                charter.sessions().sessionOf(context));
    }

    /**
     * Runs the delegate and records how it ended; an exception is recorded, then rethrown. A guard
     * without a ledger records nothing, so the outcome (the result's digest) is not taken.
     */
    private <R> R run(Verdict.Proceed proceed, Run<R> body, Function<R, ToolOutcome> outcome) {
        if (!charter.guard().recording()) {
            return body.run();
        }
        R result;
        ToolOutcome ended;
        try {
            result = body.run();
            ended = outcome.apply(result);
        } catch (Throwable failure) {
            charter.guard().executed(proceed, ToolOutcome.failed(describe(failure)));
            throw failure;
        }
        charter.guard().executed(proceed, ended);
        return result;
    }

    private String refuse(Verdict.Refused refused) {
        if (charter.refusalException().isPresent()) {
            throw charter.refusalException().get().apply(refused);
        }
        return refused.refusal();
    }

    private static ToolOutcome textOutcome(String resultText) {
        return ToolOutcome.succeeded(resultText == null ? "" : resultText);
    }

    private static ToolOutcome resultOutcome(ToolExecutionResult result) {
        String text = textOf(result.resultContents());
        return result.isError() ? ToolOutcome.failed(text) : ToolOutcome.succeeded(text);
    }

    /**
     * The text a result's digest is taken of: its text, or the texts of its parts on separate
     * lines, a part that is not text (an image, say) by its {@code toString()}.
     */
    static String textOf(List<Content> contents) {
        if (contents.size() == 1 && contents.get(0) instanceof TextContent text) {
            return text.text();
        }
        StringBuilder joined = new StringBuilder();
        for (Content content : contents) {
            if (!joined.isEmpty()) {
                joined.append('\n');
            }
            joined.append(content instanceof TextContent text ? text.text() : content.toString());
        }
        return joined.toString();
    }

    /**
     * The failure as recorded: its class and message, those of the tool's own exception when
     * LangChain4j wrapped it in a {@link ToolExecutionException} (as it does for {@code @Tool}
     * methods).
     */
    private static String describe(Throwable failure) {
        Throwable reported =
                failure instanceof ToolExecutionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = reported.getMessage();
        return reported.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    @FunctionalInterface
    private interface Run<R> {
        R run();
    }
}
