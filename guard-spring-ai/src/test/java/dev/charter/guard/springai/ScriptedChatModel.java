package dev.charter.guard.springai;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;

/**
 * A chat model that plays a script instead of calling a network model: its first answer asks for
 * the scripted tool calls (all in one turn); once the conversation holds their results, it answers
 * with text that quotes each result ({@code "<tool>: <result>"}, one per line). Every prompt it
 * was sent is kept, so a test can read exactly what the model was told.
 */
public final class ScriptedChatModel implements ChatModel {

    /** One tool call the model asks for: the tool's name and its JSON arguments. */
    public record Request(String tool, String argumentsJson) {}

    private final List<Request> toolCalls;
    private final List<Prompt> prompts = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    private ScriptedChatModel(List<Request> toolCalls) {
        this.toolCalls = List.copyOf(toolCalls);
    }

    /** A model that asks for {@code toolCalls} in its first turn, then answers. */
    public static ScriptedChatModel requesting(Request... toolCalls) {
        return new ScriptedChatModel(List.of(toolCalls));
    }

    public static Request call(String tool, String argumentsJson) {
        return new Request(tool, argumentsJson);
    }

    @Override
    public ChatResponse call(Prompt prompt) {
        prompts.add(prompt);
        List<Message> messages = prompt.getInstructions();
        Message last = messages.get(messages.size() - 1);
        AssistantMessage answer = last instanceof ToolResponseMessage results
                ? AssistantMessage.builder().content(quote(results)).build()
                : AssistantMessage.builder()
                        .content("")
                        .toolCalls(toolCalls.stream()
                                .map(c -> new AssistantMessage.ToolCall(
                                        "call-" + ids.incrementAndGet(), "function", c.tool(), c.argumentsJson()))
                                .toList())
                        .build();
        return new ChatResponse(List.of(new Generation(answer)));
    }

    @Override
    public ChatOptions getOptions() {
        return ToolCallingChatOptions.builder().build();
    }

    /** The prompts the model was sent, in order. */
    public List<Prompt> prompts() {
        return List.copyOf(prompts);
    }

    /** The tool results the model was given, in the order it received them. */
    public List<ToolResponseMessage.ToolResponse> toolResults() {
        List<ToolResponseMessage.ToolResponse> results = new ArrayList<>();
        for (Prompt prompt : prompts) {
            List<Message> messages = prompt.getInstructions();
            if (messages.get(messages.size() - 1) instanceof ToolResponseMessage response) {
                results.addAll(response.getResponses());
            }
        }
        return results;
    }

    private static String quote(ToolResponseMessage results) {
        return results.getResponses().stream()
                .map(r -> r.name() + ": " + r.responseData())
                .collect(Collectors.joining("\n"));
    }
}
