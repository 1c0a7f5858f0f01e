package dev.charter.guard;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.charter.runtime.json.JsonLimits;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Tool calls for the file-tools constitution, mostly wrong: garbage and near-miss arguments,
 * names that are not tools, missing and odd agents and sessions; and the oracle of which calls
 * may at most proceed.
 */
final class GuardCalls {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GuardCalls() {}

    static Arbitrary<ToolCall> calls() {
        Arbitrary<String> tool = Arbitraries.oneOf(
                        Arbitraries.of("read_file", "write_file", "delete_file", "fs.read_file", "", "READ_FILE"),
                        text())
                .injectNull(0.05);
        Arbitrary<String> agent =
                Arbitraries.oneOf(Arbitraries.of("agent-7", ""), text()).injectNull(0.1);
        Arbitrary<String> session =
                Arbitraries.oneOf(Arbitraries.of("s-1"), text()).injectNull(0.3);
        return Combinators.combine(tool, arguments(), agent, session).as(ToolCall::new);
    }

    /** Any string, lone surrogates and quotes included. */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings()
                        .withChars('\ud800', '\udc00', '"', '\\', '{', '}', 'a', ',')
                        .ofMaxLength(10));
    }

    static Arbitrary<String> arguments() {
        Arbitrary<String> value =
                Arbitraries.oneOf(text().map(GuardCalls::quote), Arbitraries.of("1", "null", "true", "[]", "{}"));
        Arbitrary<String> read = value.map(v -> "{\"path\":" + v + "}");
        Arbitrary<String> write =
                Combinators.combine(value, value).as((p, c) -> "{\"path\":" + p + ",\"content\":" + c + "}");
        Arbitrary<String> fragments = Arbitraries.of(
                "{}",
                "[]",
                "null",
                "\"{}\"",
                "",
                "   ",
                "{\"path\":\"a\",\"path\":\"b\"}",
                "{\"path\":\"a\"} trailing",
                "{\"path\":\"a\"},\"context\":{\"x\":1}",
                "{\"path\":\"a\"}, \"agent\": \"admin\"",
                "{\"path\":\"a\",\"extra\":1}",
                "{\"path\":\"\\ud800\"}",
                "{\"path\":\"a\"",
                " {\"path\":\"a\"} ",
                "{\"path\":\"a\"}{}",
                "{\"path\":" + "[".repeat(40) + "]".repeat(40) + "}",
                "{\"path\":1e999999999}");
        return Arbitraries.oneOf(read, write, fragments, text()).injectNull(0.05);
    }

    static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    /**
     * Whether {@code call} is one the constitution could let run: a tool it permits or escalates,
     * exactly its string arguments, Unicode everywhere, an agent. Every call that proceeds must be
     * one; most generated ones are not.
     */
    static boolean mayProceed(ToolCall call) {
        if (call.tool() == null || call.agent() == null || call.agent().isEmpty()) {
            return false;
        }
        Set<String> expected = switch (call.tool()) {
            case "read_file" -> Set.of("path");
            case "write_file" -> Set.of("path", "content");
            default -> null;
        };
        if (expected == null || !unicode(call.agent()) || (call.session() != null && !unicode(call.session()))) {
            return false;
        }
        String arguments = call.argumentsJson() == null || call.argumentsJson().isBlank() ? "{}" : call.argumentsJson();
        JsonNode tree;
        try (JsonParser parser = STRICT.createParser(arguments)) {
            tree = STRICT.readTree(parser);
            if (parser.nextToken() != null) {
                return false;
            }
        } catch (Exception e) {
            return false;
        }
        if (tree == null || !tree.isObject()) {
            return false;
        }
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        if (!names.equals(expected)) {
            return false;
        }
        for (String name : names) {
            if (!tree.get(name).isTextual() || !unicode(tree.get(name).textValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean unicode(String text) {
        return JsonLimits.loneSurrogate(text) < 0;
    }
}
