package dev.charter.runtime.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionNamesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "write:refund",
                "github.create-issue",
                "Fs.read",
                "2fa/verify",
                "crm.delete_contact",
                "a",
                "mcp__server__tool",
                "vendor@v2#1"
            })
    void the_names_tools_go_by_are_action_names(String name) {
        assertEquals(Optional.empty(), ActionNames.problem(name));
    }

    @Test
    void a_name_is_at_most_128_characters() {
        assertEquals(Optional.empty(), ActionNames.problem("x".repeat(128)));
        assertEquals(
                Optional.of("an action name is at most 128 characters, but this one has 129"),
                ActionNames.problem("x".repeat(129)));
    }

    @Test
    void an_empty_name_names_nothing_but_an_empty_prefix_is_the_wildcard_over_every_action() {
        assertEquals(Optional.of("an action name cannot be empty"), ActionNames.problem(""));
        assertEquals(Optional.empty(), ActionNames.problemOfPrefix(""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "write refund",
                "write\trefund",
                "write\u202erefund",
                "caf\u00e9",
                "say\"hi",
                "back\\slash",
                "delete:*"
            })
    void spaces_controls_non_ascii_quotes_backslashes_and_stars_are_refused(String name) {
        assertTrue(ActionNames.problem(name).isPresent(), name);
    }
}
