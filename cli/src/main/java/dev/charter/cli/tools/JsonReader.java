package dev.charter.cli.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a tools file into {@link Json} values that know their line and column (Jackson's
 * {@link JsonLocation} of each token). A syntax error, a member given twice in one object, or
 * nesting deeper than {@link #MAX_DEPTH} is a {@link ToolsFileException} naming the place.
 */
final class JsonReader {

    /** Deeper nesting is refused: no tool schema needs it, and it bounds the reader's recursion. */
    static final int MAX_DEPTH = 128;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private final String file;
    private final JsonParser parser;

    private JsonReader(String file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    static Json read(String file, String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonReader reader = new JsonReader(file, parser);
            if (parser.nextToken() == null) {
                throw new ToolsFileException(file + ": is empty, expected the JSON result of an MCP tools/list");
            }
            Json value = reader.value();
            if (parser.nextToken() != null) {
                throw reader.problem("unexpected text after the JSON value");
            }
            return value;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new ToolsFileException(file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ToolsFileException(file + ": cannot be read as JSON: " + e.getMessage());
        }
    }

    private Json value() throws IOException {
        Json.Position at = position();
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(at);
            case START_ARRAY -> array(at);
            case VALUE_STRING -> new Json.JsonString(parser.getText(), at);
            case VALUE_NUMBER_INT -> new Json.JsonNumber(parser.getDecimalValue(), true, at);
            case VALUE_NUMBER_FLOAT -> new Json.JsonNumber(parser.getDecimalValue(), false, at);
            case VALUE_TRUE -> new Json.JsonBoolean(true, at);
            case VALUE_FALSE -> new Json.JsonBoolean(false, at);
            case VALUE_NULL -> new Json.JsonNull(at);
            default -> throw problem("unexpected " + token);
        };
    }

    private Json object(Json.Position at) throws IOException {
        List<Json.Member> members = new ArrayList<>();
        Set<String> names = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Json.Position namePosition = position();
            if (!names.add(name)) {
                throw problem("member \"" + name + "\" is given twice in one object");
            }
            parser.nextToken();
            members.add(new Json.Member(name, namePosition, value()));
        }
        return new Json.JsonObject(members, at);
    }

    private Json array(Json.Position at) throws IOException {
        List<Json> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(value());
        }
        return new Json.JsonArray(elements, at);
    }

    private Json.Position position() {
        JsonLocation location = parser.currentTokenLocation();
        return new Json.Position(location.getLineNr(), location.getColumnNr());
    }

    private ToolsFileException problem(String what) {
        Json.Position at = position();
        return new ToolsFileException(file + ":" + at.line() + ":" + at.column() + ": " + what);
    }
}
