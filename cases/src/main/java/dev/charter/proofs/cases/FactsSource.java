package dev.charter.proofs.cases;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a test's fact snapshot comes from: a JSON file next to the test file, or a snapshot
 * written inline.
 */
public sealed interface FactsSource {

    /** A snapshot file, as written in the test file (relative to the test file's directory). */
    record File(String path) implements FactsSource {}

    /** A snapshot written inline: {@code {"relations": {...}}}. */
    record Inline(JsonNode snapshot) implements FactsSource {}
}
