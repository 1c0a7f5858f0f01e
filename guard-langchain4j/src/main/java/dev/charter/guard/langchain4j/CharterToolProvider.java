package dev.charter.guard.langchain4j;

import dev.langchain4j.service.tool.AiServiceTool;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import java.util.Objects;

/**
 * A {@link ToolProvider} whose every tool runs only when Charter lets the call proceed: the
 * provider's tools, with their specifications and return behaviour unchanged, each executor
 * decorated by a {@link CharterToolExecutor}. Dynamic when the provider it wraps is.
 */
public final class CharterToolProvider implements ToolProvider {

    private final ToolProvider delegate;
    private final CharterTools charter;

    CharterToolProvider(ToolProvider delegate, CharterTools charter) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.charter = charter;
    }

    @Override
    public ToolProviderResult provideTools(ToolProviderRequest request) {
        ToolProviderResult provided = delegate.provideTools(request);
        ToolProviderResult.Builder guarded = ToolProviderResult.builder();
        if (provided != null) {
            for (AiServiceTool tool : provided.aiServiceTools()) {
                guarded.add(tool.toBuilder()
                        .toolExecutor(charter.executor(tool.toolExecutor()))
                        .build());
            }
        }
        return guarded.build();
    }

    @Override
    public boolean isDynamic() {
        return delegate.isDynamic();
    }
}
