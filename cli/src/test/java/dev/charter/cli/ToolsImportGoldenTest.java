package dev.charter.cli;

import org.junit.jupiter.api.Test;

/** {@code charter tools import} output, declarations and diagnostics, text and JSON, against golden files. */
class ToolsImportGoldenTest {

    private static final String CASES = "src/test/resources/golden/tools/";
    private static final String FILESYSTEM = "../examples/mcp-filesystem/tools-list.json";

    @Test
    void the_mcp_filesystem_servers_tools_list() {
        Golden.assertRun("tools/mcp-filesystem.txt", "tools", "import", FILESYSTEM);
    }

    @Test
    void every_mapped_feature() {
        Golden.assertRun("tools/mapped.txt", "tools", "import", CASES + "mapped.json");
        Golden.assertRun("tools/mapped.json.txt", "tools", "import", "--format", "json", CASES + "mapped.json");
    }

    @Test
    void every_feature_that_cannot_be_declared_is_a_diagnostic() {
        Golden.assertRun("tools/unsupported.txt", "tools", "import", CASES + "unsupported.json");
        Golden.assertRun(
                "tools/unsupported.json.txt", "tools", "import", "--format", "json", CASES + "unsupported.json");
    }

    @Test
    void a_json_rpc_response_and_a_bare_array_are_accepted() {
        Golden.assertRun("tools/json-rpc.txt", "tools", "import", CASES + "json-rpc.json");
        Golden.assertRun("tools/bare-array.txt", "tools", "import", CASES + "bare-array.json");
    }

    @Test
    void a_file_that_is_not_a_tools_list_is_a_usage_error() {
        Golden.assertRun("tools/not-json.txt", "tools", "import", CASES + "not-json.json");
        Golden.assertRun("tools/not-a-tools-list.txt", "tools", "import", CASES + "not-a-tools-list.json");
        Golden.assertRun("tools/missing-file.txt", "tools", "import", CASES + "absent.json");
        Golden.assertRun("tools/no-subcommand.txt", "tools");
    }
}
