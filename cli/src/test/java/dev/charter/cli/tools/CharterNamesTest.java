package dev.charter.cli.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharterNamesTest {

    @Test
    void lower_case_names_and_words_that_are_keywords_in_one_place_only_are_identifiers() {
        for (String name : List.of("path", "dry_run", "oldText", "_x", "to", "priority", "contains")) {
            assertTrue(CharterNames.isIdentifier(name), name);
        }
    }

    @Test
    void reserved_words_upper_case_names_and_punctuation_are_not() {
        for (String name : List.of("and", "not", "true", "null", "request", "Path", "a-b", "a.b", "", "1st", "a b")) {
            assertFalse(CharterNames.isIdentifier(name), name);
        }
    }

    @Test
    void a_type_name_capitalises_each_piece_and_starts_with_a_letter() {
        assertEquals(
                "ListDirectoryWithSizesSortBy", CharterNames.typeName(List.of("list_directory_with_sizes", "sortBy")));
        assertEquals("GithubCreateIssueLabels", CharterNames.typeName(List.of("github/create-issue", "labels")));
        assertEquals("Tool2faVerifyMode", CharterNames.typeName(List.of("2fa.verify", "mode")));
    }
}
