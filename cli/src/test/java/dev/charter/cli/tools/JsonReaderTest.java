package dev.charter.cli.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void every_value_and_member_name_knows_its_line_and_column() {
        Json.JsonObject object = (Json.JsonObject) JsonReader.read("f.json", "{\n  \"a\": [1, 2.5],\n  \"b\": null\n}");
        Json.Member a = object.member("a").orElseThrow();
        assertEquals(new Json.Position(2, 3), a.namePosition());
        assertEquals(new Json.Position(2, 8), a.value().position());
        Json.JsonArray numbers = (Json.JsonArray) a.value();
        assertTrue(((Json.JsonNumber) numbers.elements().get(0)).integral());
        assertEquals(new Json.Position(2, 12), numbers.elements().get(1).position());
        assertEquals(new Json.Position(3, 8), object.get("b").orElseThrow().position());
    }

    @Test
    void malformed_json_names_the_file_line_and_column() {
        ToolsFileException e = assertThrows(ToolsFileException.class, () -> JsonReader.read("f.json", "{\"a\": }"));
        assertTrue(e.getMessage().startsWith("f.json:1:7: not valid JSON"), e.getMessage());
    }

    @Test
    void a_member_given_twice_is_refused_rather_than_one_silently_winning() {
        ToolsFileException e =
                assertThrows(ToolsFileException.class, () -> JsonReader.read("f.json", "{\"a\": 1, \"a\": 2}"));
        assertEquals("f.json:1:10: member \"a\" is given twice in one object", e.getMessage());
    }

    @Test
    void text_after_the_value_and_an_empty_file_are_refused() {
        assertThrows(ToolsFileException.class, () -> JsonReader.read("f.json", "{} {}"));
        assertThrows(ToolsFileException.class, () -> JsonReader.read("f.json", "  "));
    }

    @Test
    void nesting_beyond_the_limit_is_refused_without_a_stack_overflow() {
        String deep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);
        ToolsFileException e = assertThrows(ToolsFileException.class, () -> JsonReader.read("f.json", deep));
        assertTrue(e.getMessage().startsWith("f.json"), e.getMessage());
    }
}
