package dev.charter.guard.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A chat model that plays a script instead of calling a network model: each call to the model
 * takes the next turn of the script. The usual script asks for tool calls first, then answers
 * with the text of every tool result it was given, so the test reads from the service's answer
 * and from {@link #requests()} exactly what the model saw.
 */
final class ScriptedChatModel implements ChatModel {

    private final Deque<Function<ChatRequest, AiMessage>> turns;
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    private ScriptedChatModel(List<Function<ChatRequest, AiMessage>> turns) {
        this.turns = new ArrayDeque<>(turns);
    }

    /** Asks for these tool calls (in one turn), then answers with the tool results it read. */
    static ScriptedChatModel calling(ToolExecutionRequest... calls) {
        return new ScriptedChatModel(List.of(request -> AiMessage.from(List.of(calls)), ScriptedChatModel::echo));
    }

    /** One tool call by name and arguments. */
    static ToolExecutionRequest call(String id, String tool, String argumentsJson) {
        return ToolExecutionRequest.builder()
                .id(id)
                .name(tool)
                .arguments(argumentsJson)
                .build();
    }

    private static AiMessage echo(ChatRequest request) {
        return AiMessage.from(toolResults(request.messages()).stream()
                .map(result -> result.toolName() + " -> " + result.text())
                .collect(Collectors.joining("\n")));
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        Function<ChatRequest, AiMessage> turn = turns.poll();
        if (turn == null) {
            throw new IllegalStateException("the scripted model was called after its last turn");
        }
        return ChatResponse.builder().aiMessage(turn.apply(request)).build();
    }

    /** Every request the model was given, in order. */
    List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    /** The names of the tools offered to the model in its first request. */
    List<String> toolsOffered() {
        return requests.get(0).toolSpecifications().stream()
                .map(ToolSpecification::name)
                .toList();
    }

    /** The tool results in the last request the model was given. */
    List<ToolExecutionResultMessage> toolResultsReceived() {
        return toolResults(requests.get(requests.size() - 1).messages());
    }

    /** The one tool result the model was given for the call with this id. */
    ToolExecutionResultMessage resultOf(String callId) {
        return toolResultsReceived().stream()
                .filter(result -> result.id().equals(callId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the model was given no result for call " + callId));
    }

    private static List<ToolExecutionResultMessage> toolResults(List<ChatMessage> messages) {
        List<ToolExecutionResultMessage> results = new ArrayList<>();
        for (ChatMessage message : messages) {
            if (message instanceof ToolExecutionResultMessage result) {
                results.add(result);
            }
        }
        return results;
    }
}
