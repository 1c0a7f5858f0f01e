package dev.charter.guard.springai;

import java.util.List;
import java.util.Objects;
import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisor;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisorChain;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;
import reactor.core.publisher.Flux;

/**
 * A {@code ChatClient} advisor that guards every tool of a request, however it was given — a
 * {@code @Tool} object passed to {@code .tools(...)}, a callback, a provider, the builder's
 * defaults: it runs just before Spring AI's tool loop ({@link ToolCallingAdvisor}) and hands it the
 * request's tools guarded by {@link CharterTools}. Tools already guarded stay as they are.
 *
 * <pre>{@code
 * ChatClient chat = ChatClient.builder(chatModel).defaultAdvisors(new CharterToolCallAdvisor(tools)).build();
 * }</pre>
 */
public final class CharterToolCallAdvisor implements CallAdvisor, StreamAdvisor {

    /** Just before {@link ToolCallingAdvisor#DEFAULT_ORDER}, where Spring AI runs the tools. */
    public static final int ORDER = orderBefore(ToolCallingAdvisor.DEFAULT_ORDER);

    private final CharterTools tools;
    private final int order;

    /** An advisor just before Spring AI's tool loop at its default order. */
    public CharterToolCallAdvisor(CharterTools tools) {
        this(tools, ORDER);
    }

    /** An advisor at {@code order}, which must come before the order of the client's tool loop. */
    public CharterToolCallAdvisor(CharterTools tools, int order) {
        this.tools = Objects.requireNonNull(tools, "tools");
        this.order = order;
    }

    /** The order just before a tool loop at {@code toolLoopOrder}. */
    public static int orderBefore(int toolLoopOrder) {
        return toolLoopOrder == Integer.MIN_VALUE ? Integer.MIN_VALUE : toolLoopOrder - 1;
    }

    @Override
    public String getName() {
        return "CharterToolCallAdvisor";
    }

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    public ChatClientResponse adviseCall(ChatClientRequest request, CallAdvisorChain chain) {
        return chain.nextCall(guarded(request));
    }

    @Override
    public Flux<ChatClientResponse> adviseStream(ChatClientRequest request, StreamAdvisorChain chain) {
        return chain.nextStream(guarded(request));
    }

    private ChatClientRequest guarded(ChatClientRequest request) {
        if (!(request.prompt().getOptions() instanceof ToolCallingChatOptions options)) {
            return request;
        }
        List<ToolCallback> callbacks = options.getToolCallbacks();
        if (callbacks == null || callbacks.isEmpty()) {
            return request;
        }
        ToolCallingChatOptions guarded =
                options.mutate().toolCallbacks(tools.guard(callbacks)).build();
        return request.mutate()
                .prompt(new Prompt(request.prompt().getInstructions(), guarded))
                .build();
    }
}
