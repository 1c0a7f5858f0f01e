package dev.charter.cli.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/mcp-filesystem/tools.charter} is exactly what {@code charter tools import}
 * writes for the server's saved {@code tools/list}: nothing was edited by hand or left out, so the
 * example shows the import as it is (its list parameters included).
 */
class FilesystemExampleImportTest {

    private static final Path EXAMPLE = Path.of("../examples/mcp-filesystem");

    @Test
    void the_examples_declarations_are_a_fresh_import_of_its_tools_list() throws IOException {
        ToolsImport.Result imported =
                ToolsImport.run("tools-list.json", Files.readString(EXAMPLE.resolve("tools-list.json")));
        assertEquals(
                imported.declarations(),
                Files.readString(EXAMPLE.resolve("tools.charter")),
                "regenerate it: ./charter tools import examples/mcp-filesystem/tools-list.json"
                        + " -o examples/mcp-filesystem/tools.charter");
        assertEquals(imported.tools(), imported.written(), "every tool of the example is declared");
    }
}
