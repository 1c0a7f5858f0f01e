package dev.charter.guard.springai;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.metadata.ToolMetadata;

/** A tool that notes each input it is called with and answers {@code "done: <input>"}. */
public final class CountingTool implements ToolCallback {

    private final ToolDefinition definition;
    private final List<String> inputs = new CopyOnWriteArrayList<>();

    public CountingTool(String name) {
        this.definition = ToolDefinition.builder()
                .name(name)
                .description("the " + name + " tool")
                .inputSchema("{\"type\":\"object\"}")
                .build();
    }

    @Override
    public ToolDefinition getToolDefinition() {
        return definition;
    }

    @Override
    public ToolMetadata getToolMetadata() {
        return ToolMetadata.builder().returnDirect(true).build();
    }

    @Override
    public String call(String toolInput) {
        return call(toolInput, null);
    }

    @Override
    public String call(String toolInput, ToolContext toolContext) {
        inputs.add(toolInput);
        return "done: " + toolInput;
    }

    /** The inputs the tool ran with, in order. */
    public List<String> inputs() {
        return List.copyOf(inputs);
    }
}
