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
import dev.charter.runtime.Request;
import dev.charter.runtime.RequestFormatException;
import dev.charter.runtime.ir.Effect;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

    private static final int MAX_REPETITIONS = 1000;
    private static final Set<String> AGGREGATES = Set.of("count", "sum", "exists");

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
        List<EarlierRequest> earlier = null;
        ObjectNode request = null;
        int requestAt = start;
        Expectation expectation = null;
        List<AggregateExpectation> aggregates = new ArrayList<>();
        while (skipSpace() && !peek('}')) {
            int at = pos;
            String word = word("`facts`, `earlier`, `request`, `expect` or `}`");
            if (word.equals("facts") && facts.isEmpty()) {
                facts = Optional.of(factsSource());
            } else if (word.equals("earlier") && earlier == null) {
                earlier = earlier(defaults);
            } else if (word.equals("request") && request == null) {
                requestAt = skipToNext();
                request = merged(defaults, object("request"));
            } else if (word.equals("expect") && aggregateFollows()) {
                aggregates.add(aggregate());
            } else if (word.equals("expect") && expectation == null) {
                expectation = expectation();
            } else if (Set.of("facts", "earlier", "request", "expect").contains(word)) {
                throw error(at, "test \"" + name + "\" has a second `" + word + "`");
            } else {
                throw error(at, "expected `facts`, `earlier`, `request`, `expect` or `}`, found `" + word + "`");
            }
        }
        require('}', "`}` to close the test");
        if (request == null) {
            throw error(start, "test \"" + name + "\" has no `request { ... }`");
        }
        if (expectation == null) {
            throw error(start, "test \"" + name + "\" has no `expect` line");
        }
        List<EarlierRequest> history = earlier == null ? List.of() : earlier;
        checkAfterHistory(history, request, requestAt);
        return new TestCase(name, facts, history, request, expectation, aggregates, lineOf(start));
    }

    /**
     * {@code earlier { [N times] request {...} [expect ...] [approved|denied at "TIME"] ... }}, after
     * the word {@code earlier}: each request well formed, with a time, in time order.
     */
    private List<EarlierRequest> earlier(ObjectNode defaults) throws CaseFileException {
        require('{', "`{` to open the earlier requests");
        List<EarlierRequest> entries = new ArrayList<>();
        while (skipSpace() && !peek('}')) {
            int at = pos;
            int times = 1;
            if (Character.isDigit(text.charAt(pos))) {
                times = repetitions();
            }
            int wordAt = skipToNext();
            String word = word("`request` or `}`");
            if (!word.equals("request")) {
                throw error(wordAt, "expected `request` or `}` in the earlier requests, found `" + word + "`");
            }
            int jsonAt = skipToNext();
            ObjectNode request = merged(defaults, object("earlier request"));
            Instant time = earlierTime(request, jsonAt);
            Optional<Expectation> expectation = Optional.empty();
            Optional<EarlierRequest.Resolution> resolution = Optional.empty();
            while (true) {
                String next = peekWord();
                if (next.equals("expect") && expectation.isEmpty()) {
                    word("expect");
                    expectation = Optional.of(expectation());
                } else if ((next.equals("approved") || next.equals("denied")) && resolution.isEmpty()) {
                    resolution = Optional.of(resolution(time));
                } else {
                    break;
                }
            }
            if (!entries.isEmpty()
                    && time.isBefore(entries.get(entries.size() - 1).time())) {
                EarlierRequest previous = entries.get(entries.size() - 1);
                throw error(
                        jsonAt,
                        "earlier requests are listed in time order: this one at " + time + " comes before the one at "
                                + previous.time() + " (line " + previous.line() + ")");
            }
            for (int i = 0; i < times; i++) {
                entries.add(new EarlierRequest(request, time, expectation, resolution, lineOf(at), columnOf(at)));
            }
        }
        require('}', "`}` to close the earlier requests");
        if (entries.isEmpty()) {
            throw error(pos - 1, "no earlier requests; list them: earlier { request {...} }");
        }
        return entries;
    }

    /** {@code N times}: how often an earlier request was made, 1 to {@value #MAX_REPETITIONS}. */
    private int repetitions() throws CaseFileException {
        int at = skipToNext();
        String count = word("a number of times");
        int times;
        try {
            times = Integer.parseInt(count);
        } catch (NumberFormatException e) {
            throw error(at, "expected a number of times, found `" + count + "`");
        }
        if (times < 1 || times > MAX_REPETITIONS) {
            throw error(at, "an earlier request is repeated 1 to " + MAX_REPETITIONS + " times, not " + times);
        }
        int wordAt = skipToNext();
        String word = word("`times`");
        if (!word.equals("times")) {
            throw error(wordAt, "expected `times` after the count, found `" + word + "`");
        }
        return times;
    }

    /** {@code approved at "TIME"} or {@code denied at "TIME"}, no earlier than the escalation. */
    private EarlierRequest.Resolution resolution(Instant escalated) throws CaseFileException {
        int at = skipToNext();
        boolean approved = word("approved or denied").equals("approved");
        int wordAt = skipToNext();
        String word = word("`at`");
        if (!word.equals("at")) {
            throw error(
                    wordAt,
                    "expected `at \"TIME\"` after " + (approved ? "approved" : "denied") + ", found `" + word + "`");
        }
        int timeAt = skipToNext();
        String text = string();
        Instant time;
        try {
            time = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw error(timeAt, "expected a time such as \"2026-12-04T12:30:00Z\", found \"" + text + "\"");
        }
        if (time.isBefore(escalated)) {
            throw error(timeAt, "the resolution at " + time + " comes before its request at " + escalated);
        }
        return new EarlierRequest.Resolution(approved, time, lineOf(at), columnOf(at));
    }

    /** The time of an earlier request, which must be a request the engine can read. */
    private Instant earlierTime(ObjectNode request, int at) throws CaseFileException {
        Request parsed;
        try {
            parsed = Request.parse(request.toString());
        } catch (RequestFormatException e) {
            throw error(at, "the earlier request is malformed: " + e.getMessage());
        } catch (RuntimeException e) {
            throw error(
                    at, "the earlier request cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (parsed.time() == null) {
            throw error(
                    at,
                    "the earlier request has no \"time\" (its own or the file's `request` defaults); the scratch ledger"
                            + " records it at that time");
        }
        return parsed.time();
    }

    /**
     * The test's own request comes after its history: no earlier request and no resolution later
     * than its time. A request whose time cannot be read is left to the engine, which denies it.
     */
    private void checkAfterHistory(List<EarlierRequest> earlier, ObjectNode request, int requestAt)
            throws CaseFileException {
        if (earlier.isEmpty()) {
            return;
        }
        Instant time;
        try {
            time = Request.parse(request.toString()).time();
        } catch (RuntimeException e) {
            return; // the engine denies a request it cannot read, as the test may expect
        }
        if (time == null) {
            return;
        }
        for (EarlierRequest entry : earlier) {
            if (entry.time().isAfter(time)) {
                throw error(
                        requestAt,
                        "the test's request at " + time + " comes before the earlier request at " + entry.time()
                                + " (line " + entry.line() + ")");
            }
            Optional<EarlierRequest.Resolution> resolution = entry.resolution();
            if (resolution.isPresent() && resolution.get().time().isAfter(time)) {
                throw new CaseFileException(
                        file,
                        resolution.get().line(),
                        resolution.get().column(),
                        "resolved at " + resolution.get().time() + ", after the test's request at " + time
                                + "; leave the resolution out for an escalation still pending");
            }
        }
    }

    /** Whether an aggregate follows {@code expect}: {@code count(}, {@code sum(} or {@code exists(}. */
    private boolean aggregateFollows() throws CaseFileException {
        String next = peekWord();
        if (!AGGREGATES.contains(next)) {
            return false;
        }
        int saved = pos;
        skipSpace();
        pos += next.length();
        boolean open = skipSpace() && peek('(');
        pos = saved;
        return open;
    }

    /** {@code count(...) = VALUE}, after the word {@code expect}: the term up to its closing parenthesis. */
    private AggregateExpectation aggregate() throws CaseFileException {
        int start = skipToNext();
        word("count, sum or exists");
        skipSpace();
        int depth = 0;
        boolean quoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                break;
            }
        }
        if (depth != 0) {
            throw error(start, "the history term has no closing `)`");
        }
        String written = text.substring(start, pos);
        String term = HistoryTermText.canonical(written)
                .orElseThrow(() -> error(
                        start,
                        "`" + written.strip().replaceAll("\\s+", " ") + "` is not a history term; write it as in the"
                                + " constitution, such as `count(permitted refund, same agent, within 1 hour)`"));
        int equalsAt = skipToNext();
        if (!peek('=')) {
            throw error(equalsAt, "expected `= VALUE` after the history term");
        }
        pos++;
        if (peek('=')) {
            pos++;
        }
        int valueAt = skipToNext();
        int end = valueAt;
        while (end < text.length()
                && (Character.isLetterOrDigit(text.charAt(end)) || "-.".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        String value = text.substring(valueAt, end);
        if (!value.equals("true") && !value.equals("false") && !isNumber(value)) {
            throw error(valueAt, "expected a number, true or false as the term's value, found `" + value + "`");
        }
        pos = end;
        return new AggregateExpectation(term, value);
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
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
