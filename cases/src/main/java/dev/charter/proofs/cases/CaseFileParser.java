package dev.charter.proofs.cases;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Effect;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A recursive-descent reader of the {@code *.charter-test} format described on {@link CaseFile}.
 * Words, strings and braces are scanned here; each JSON object is handed to Jackson, which reports
 * where it ended, so requests and snapshots are ordinary JSON with ordinary JSON errors.
 */
final class CaseFileParser {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final String file;
    private final String text;
    private int pos;

    CaseFileParser(String file, String text) {
        this.file = file;
        this.text = text;
    }

    CaseFile file() throws CaseFileException {
        List<String> constitution = new ArrayList<>();
        Optional<FactsSource> facts = Optional.empty();
        ObjectNode defaults = JsonNodeFactory.instance.objectNode();
        Map<String, String> verdicts = new LinkedHashMap<>();
        List<TestCase> tests = new ArrayList<>();
        Set<String> names = new HashSet<>();
        skipSpace();
        while (pos < text.length()) {
            int start = pos;
            String word = word("`constitution`, `facts`, `request`, `expect assertion` or `test`");
            if (!word.equals("test") && !tests.isEmpty()) {
                throw error(start, "`" + word + "` must come before the first test");
            }
            switch (word) {
                case "constitution":
                    if (!constitution.isEmpty()) {
                        throw error(
                                start,
                                "the constitution is named twice; list all its files in one `constitution` line");
                    }
                    constitution.add(string());
                    while (skipSpace() && peek(',')) {
                        pos++;
                        constitution.add(string());
                    }
                    break;
                case "facts":
                    if (facts.isPresent()) {
                        throw error(start, "the file's facts are given twice");
                    }
                    facts = Optional.of(factsSource());
                    break;
                case "request":
                    defaults = object("request defaults");
                    break;
                case "expect":
                    assertionVerdict(verdicts);
                    break;
                case "test":
                    TestCase test = test(defaults);
                    if (!names.add(test.name())) {
                        throw error(start, "a second test named \"" + test.name() + "\"; test names must be unique");
                    }
                    tests.add(test);
                    break;
                default:
                    throw error(
                            start,
                            "expected `constitution`, `facts`, `request`, `expect assertion` or `test`, found `" + word
                                    + "`");
            }
            skipSpace();
        }
        if (tests.isEmpty()) {
            throw error(pos, "no tests; add one: test \"NAME\" { request {...} expect permit }");
        }
        return new CaseFile(file, constitution, facts, verdicts, tests);
    }

    /** {@code expect assertion NAME proved|refuted}, after the word {@code expect}. */
    private void assertionVerdict(Map<String, String> verdicts) throws CaseFileException {
        int start = skipToNext();
        String word = word("`assertion`");
        if (!word.equals("assertion")) {
            throw error(
                    start, "expected `assertion` (expectations of decisions go inside a test), found `" + word + "`");
        }
        int at = skipToNext();
        String name = word("the assertion's name");
        int verdictAt = skipToNext();
        String verdict = word("proved or refuted");
        if (!verdict.equals("proved") && !verdict.equals("refuted")) {
            throw error(verdictAt, "expected proved or refuted, found `" + verdict + "`");
        }
        if (verdicts.put(name, verdict) != null) {
            throw error(at, "assertion `" + name + "` is expected twice");
        }
    }

    private TestCase test(ObjectNode defaults) throws CaseFileException {
        int start = skipToNext();
        String name = string();
        require('{', "`{` to open the test");
        Optional<FactsSource> facts = Optional.empty();
        ObjectNode request = null;
        Expectation expectation = null;
        while (skipSpace() && !peek('}')) {
            int at = pos;
            String word = word("`facts`, `request`, `expect` or `}`");
            if (word.equals("facts") && facts.isEmpty()) {
                facts = Optional.of(factsSource());
            } else if (word.equals("request") && request == null) {
                request = merged(defaults, object("request"));
            } else if (word.equals("expect") && expectation == null) {
                expectation = expectation();
            } else if (Set.of("facts", "request", "expect").contains(word)) {
                throw error(at, "test \"" + name + "\" has a second `" + word + "`");
            } else {
                throw error(at, "expected `facts`, `request`, `expect` or `}`, found `" + word + "`");
            }
        }
        require('}', "`}` to close the test");
        if (request == null) {
            throw error(start, "test \"" + name + "\" has no `request { ... }`");
        }
        if (expectation == null) {
            throw error(start, "test \"" + name + "\" has no `expect` line");
        }
        return new TestCase(name, facts, request, expectation, lineOf(start));
    }

    private Expectation expectation() throws CaseFileException {
        int start = skipToNext();
        String word = word("permit, deny or escalate");
        Effect effect;
        try {
            effect = Effect.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(start, "expected permit, deny or escalate, found `" + word + "`");
        }
        Optional<String> route = Optional.empty();
        List<String> rules = new ArrayList<>();
        Optional<String> reason = Optional.empty();
        Optional<String> code = Optional.empty();
        while (true) {
            String next = peekWord();
            if (next.equals("to") && route.isEmpty()) {
                word("to");
                route = Optional.of(string());
            } else if (next.equals("by") && rules.isEmpty() && code.isEmpty()) {
                word("by");
                String rule = word("a rule name or `default`");
                if (rule.equals("default")) {
                    code = Optional.of("default");
                } else {
                    rules.add(rule);
                    while (skipSpace() && peek(',')) {
                        pos++;
                        rules.add(word("a rule name"));
                    }
                }
            } else if (next.equals("because") && reason.isEmpty()) {
                word("because");
                reason = Optional.of(string());
            } else if (next.equals("code") && code.isEmpty()) {
                word("code");
                code = Optional.of(
                        word("a reason code such as missing_attribute").toLowerCase(Locale.ROOT));
            } else {
                break;
            }
        }
        if (route.isPresent() && effect != Effect.ESCALATE) {
            throw error(start, "only escalate has a route");
        }
        return new Expectation(effect, route, rules, reason, code);
    }

    private FactsSource factsSource() throws CaseFileException {
        skipSpace();
        if (peek('"')) {
            return new FactsSource.File(string());
        }
        return new FactsSource.Inline(object("facts"));
    }

    /** A JSON object starting here, read by Jackson; on success, continues after its `}`. */
    private ObjectNode object(String what) throws CaseFileException {
        int start = skipToNext();
        if (!peek('{')) {
            throw error(start, "expected a JSON object `{ ... }` for the " + what);
        }
        try (JsonParser parser = JSON.createParser(text.substring(start))) {
            JsonNode node = JSON.readTree(parser);
            pos = start + (int) parser.currentLocation().getCharOffset();
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
            int startLine = lineOf(start);
            int atColumn = line == 1 ? columnOf(start) + column - 1 : column;
            throw new CaseFileException(
                    file,
                    startLine + line - 1,
                    atColumn,
                    "malformed JSON in the " + what + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw error(start, "cannot read the " + what + ": " + e.getMessage());
        }
    }

    /** Fields of {@code override} replace those of {@code base}; objects merge field by field. */
    private static ObjectNode merged(ObjectNode base, ObjectNode override) {
        ObjectNode result = base.deepCopy();
        for (Map.Entry<String, JsonNode> field : override.properties()) {
            JsonNode existing = result.get(field.getKey());
            if (existing instanceof ObjectNode && field.getValue() instanceof ObjectNode) {
                result.set(field.getKey(), merged((ObjectNode) existing, (ObjectNode) field.getValue()));
            } else {
                result.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return result;
    }

    private String string() throws CaseFileException {
        int start = skipToNext();
        if (!peek('"')) {
            throw error(start, "expected a quoted string");
        }
        int end = start + 1;
        while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n') {
            end += text.charAt(end) == '\\' ? 2 : 1;
        }
        if (end >= text.length() || text.charAt(end) != '"') {
            throw error(start, "unterminated string");
        }
        pos = end + 1;
        try {
            return JSON.readTree(text.substring(start, end + 1)).textValue();
        } catch (JsonProcessingException e) {
            throw error(start, "bad escape in string: " + e.getOriginalMessage());
        }
    }

    private String word(String expected) throws CaseFileException {
        int start = skipToNext();
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        if (end == start) {
            String found = start < text.length() ? "`" + text.charAt(start) + "`" : "the end of the file";
            throw error(start, "expected " + expected + ", found " + found);
        }
        pos = end;
        return text.substring(start, end);
    }

    private String peekWord() throws CaseFileException {
        int saved = pos;
        skipSpace();
        boolean isWord = pos < text.length() && Character.isLetter(text.charAt(pos));
        String word = isWord ? word("a word") : "";
        pos = saved;
        return word;
    }

    private void require(char c, String expected) throws CaseFileException {
        int start = skipToNext();
        if (!peek(c)) {
            throw error(start, "expected " + expected);
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private int skipToNext() {
        skipSpace();
        return pos;
    }

    /** Skips blanks and {@code //} comments; true unless at the end of the text. */
    private boolean skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private int columnOf(int offset) {
        int lineStart = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }

    private CaseFileException error(int offset, String message) {
        return new CaseFileException(file, lineOf(offset), columnOf(offset), message);
    }
}
