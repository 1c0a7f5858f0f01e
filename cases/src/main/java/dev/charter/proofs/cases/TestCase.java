package dev.charter.proofs.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * One example-based test: a request (already merged over the file's request defaults), the
 * facts it is decided against, and the decision it should get.
 *
 * @param facts   this test's snapshot; empty to use the file's
 * @param line    where the test starts in its file, for failure messages
 */
public record TestCase(
        String name, Optional<FactsSource> facts, ObjectNode request, Expectation expectation, int line) {

    /** The request as the JSON text {@code Request.parse} reads. */
    public String requestJson() {
        return request.toString();
    }
}
