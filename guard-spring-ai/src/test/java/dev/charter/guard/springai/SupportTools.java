package dev.charter.guard.springai;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.method.MethodToolCallbackProvider;

/** A support agent's tools, as Spring AI {@code @Tool} methods; each run is noted in {@link #ran()}. */
public final class SupportTools {

    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Tool(name = "get_weather", description = "The weather in a city")
    public String getWeather(String city) {
        ran.add("get_weather " + city);
        if (city.equals("Atlantis")) {
            throw new IllegalArgumentException("no weather station in " + city);
        }
        return "sunny in " + city;
    }

    @Tool(name = "send_email", description = "Sends an email")
    public String sendEmail(String to, String body) {
        ran.add("send_email " + to);
        return "sent to " + to;
    }

    @Tool(name = "refund", description = "Refunds an order")
    public String refund(String order, BigDecimal amount) {
        ran.add("refund " + order + " " + amount);
        return "refunded " + amount + " on " + order;
    }

    @Tool(name = "delete_account", description = "Deletes a customer's account")
    public String deleteAccount(String customer) {
        ran.add("delete_account " + customer);
        return "deleted " + customer;
    }

    /** The tools, as Spring AI sees them. */
    public ToolCallbackProvider provider() {
        return MethodToolCallbackProvider.builder().toolObjects(this).build();
    }

    /** What ran, in order: the tool's name and its main argument. */
    public List<String> ran() {
        return List.copyOf(ran);
    }
}
