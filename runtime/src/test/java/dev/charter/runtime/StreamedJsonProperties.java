package dev.charter.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.datalog.Budget;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Decisions, traces and requests write, as they stream, exactly the canonical bytes of their
 * Jackson trees: on the fintech constitution with and without a snapshot, on a fail-closed engine
 * and a starved one, for random requests full of strings that need escaping, non-BMP characters,
 * member names whose UTF-16 order differs from their code point order, and numbers a double does
 * and does not hold.
 */
class StreamedJsonProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Engine FINTECH = withSnapshot(Engine.forProgram(FintechProgram.program()));
    private static final List<Engine> ENGINES = List.of(
            FINTECH,
            Engine.forProgram(FintechProgram.program()),
            Engine.failClosed("no bundle \"here\"\n"),
            withSnapshot(Engine.forProgram(
                    FintechProgram.program(), new Budget(1, 1, Duration.ofSeconds(5), 0), FaultProbe.NONE)));
    private static final List<String> ACTIONS =
            List.of("display_account_balance", "initiate_payment", "modify_credit_limit", "share_account_data");
    private static final List<String> AGENTS = List.of("orchestrator", "lending-agent-v2", "stranger", "bot-7");
    /**
     * Pieces of text that exercise every escaping rule and the UTF-16 ordering of member names
     * (lone surrogates are refused before a request exists: RequestCanonicalFormProperties).
     */
    private static final List<String> PIECES = List.of(
            "",
            "a",
            "active",
            "quote\"d",
            "back\\slash",
            "line\nfeed",
            "\t\r\b\f",
            "\u0000",
            "\u001f",
            "\u007f",
            "é",
            "€",
            "\u2028",
            "\uFFFF",
            "\uD83D\uDE00",
            "\uDBFF\uDFFF",
            "/",
            "<>&'");

    private static Engine withSnapshot(Engine engine) {
        try {
            engine.attach(FintechProgram.snapshot());
        } catch (RuntimeException refused) {
            // A starved engine refuses the snapshot and denies everything: that trace is rendered too.
        }
        return engine;
    }

    @Property(tries = 300)
    void aRandomRequestAndItsDecisionsStreamTheBytesOfTheirTrees(@ForAll long seed) {
        Random random = new Random(seed);
        Request request = request(random);

        StreamedJson.assertSameAsTree(request);
        for (Engine engine : ENGINES) {
            StreamedJson.assertSameAsTree(engine.decide(request));
        }
        StreamedJson.assertSameAsTree(FINTECH.decideJson(request.toJson()));
    }

    @Property(tries = 200)
    void opaqueAttributeValuesStreamAsTheirTrees(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        ObjectNode root =
                JSON.createObjectNode().put("agent", pick(AGENTS, random)).put("action", "initiate_payment");
        ObjectNode params = root.putObject("request");
        params.set("amount", value(random, 3));
        params.set(text(random), value(random, 3));
        root.putObject("context").set(text(random), value(random, 3));
        Request request = Request.parse(JSON.writeValueAsString(root));

        StreamedJson.assertSameAsTree(request);
        StreamedJson.assertSameAsTree(FINTECH.decide(request));
    }

    @Property(tries = 200)
    void anyStringIsEscapedAsTheTreeEscapesIt(@ForAll String agent, @ForAll String destination, @ForAll String key) {
        Request request = FintechProgram.payment(agent, "500")
                .param("destination", destination)
                .context(key, destination)
                .chain(List.of(agent, destination))
                .build();

        StreamedJson.assertSameAsTree(request);
        StreamedJson.assertSameAsTree(FINTECH.decide(request));
        StreamedJson.assertSameAsTree(
                FINTECH.decide(FintechProgram.payment(agent, "500").build()));
    }

    @Test
    void theLanguageCasesStreamTheBytesOfTheirTrees() {
        for (String amount : List.of("500", "500.00", "15000.00", "9999.999", "1e3", "-0", "0.1", "9007199254740993")) {
            for (String agent : AGENTS) {
                StreamedJson.assertSameAsTree(
                        FINTECH.decide(FintechProgram.payment(agent, amount).build()));
                StreamedJson.assertSameAsTree(FINTECH.decide(FintechProgram.payment(agent, amount)
                        .param("amount", new BigDecimal(amount))
                        .build()));
            }
        }
        StreamedJson.assertSameAsTree(FINTECH.decideJson("{\"agent\": \"a\", "));
        StreamedJson.assertSameAsTree(FINTECH.decide(Request.builder().build()));
        StreamedJson.assertSameAsTree(
                FINTECH.decide(FintechProgram.payment("bot-7", "5").build()).unrecorded("the ledger \"failed\""));
    }

    private static Request request(Random random) {
        Request.Builder b = Request.builder()
                .agent(random.nextInt(4) == 0 ? text(random) : pick(AGENTS, random))
                .action(random.nextInt(8) == 0 ? text(random) : pick(ACTIONS, random))
                .context("identity_verified", random.nextBoolean())
                .context(
                        "account_status",
                        random.nextInt(4) == 0 ? text(random) : pick(List.of("active", "frozen"), random))
                .param(
                        "amount",
                        random.nextBoolean() ? number(random) : number(random).toString())
                .param("destination", text(random));
        if (random.nextBoolean()) {
            b.time(Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(3) * 123_456_789L));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.context(text(random), random.nextBoolean() ? text(random) : number(random));
        }
        List<String> chain = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            chain.add(text(random));
        }
        return b.chain(chain).build();
    }

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            out.append(pick(PIECES, random));
        }
        return out.toString();
    }

    /** Integers around 2^53 and beyond, and decimals with up to 40 digits at any scale. */
    private static BigDecimal number(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> BigDecimal.valueOf((1L << 53) + random.nextInt(5) - 2);
            case 1 -> BigDecimal.valueOf(random.nextLong());
            case 2 -> BigDecimal.valueOf(random.nextInt(2_000_000), random.nextInt(4));
            default -> new BigDecimal(new BigInteger(1 + random.nextInt(130), random), random.nextInt(60) - 30);
        };
    }

    private static JsonNode value(Random random, int depth) {
        JsonNodeFactory nodes = new JsonNodeFactory(true);
        switch (random.nextInt(depth > 0 ? 9 : 7)) {
            case 0:
                return nodes.nullNode();
            case 1:
                return nodes.booleanNode(random.nextBoolean());
            case 2:
                return nodes.textNode(text(random));
            case 3:
                return nodes.numberNode(random.nextLong());
            case 4:
                return nodes.numberNode(Double.longBitsToDouble(random.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL));
            case 5:
                return nodes.numberNode(number(random));
            case 6:
                return nodes.numberNode(new BigInteger(1 + random.nextInt(100), random));
            case 7: {
                ArrayNode array = nodes.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(value(random, depth - 1));
                }
                return array;
            }
            default: {
                ObjectNode object = nodes.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(text(random), value(random, depth - 1));
                }
                return object;
            }
        }
    }

    private static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
