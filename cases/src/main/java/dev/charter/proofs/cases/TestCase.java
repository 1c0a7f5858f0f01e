package dev.charter.proofs.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * One example-based test: a request (already merged over the file's request defaults), the
 * facts it is decided against, the requests decided before it, and the decision it should get.
 *
 * @param facts      this test's snapshot; empty to use the file's
 * @param earlier    the requests decided into a scratch ledger before this one, in order; empty
 *                   for a test that states no history
 * @param aggregates the history aggregates the decision's trace must show
 * @param line       where the test starts in its file, for failure messages
 */
public record TestCase(
        String name,
        Optional<FactsSource> facts,
        List<EarlierRequest> earlier,
        ObjectNode request,
        Expectation expectation,
        List<AggregateExpectation> aggregates,
        int line) {

    public TestCase {
        earlier = List.copyOf(earlier);
        aggregates = List.copyOf(aggregates);
    }

    /** A test that states no history. */
    public TestCase(String name, Optional<FactsSource> facts, ObjectNode request, Expectation expectation, int line) {
        this(name, facts, List.of(), request, expectation, List.of(), line);
    }

    /** The request as the JSON text {@code Request.parse} reads. */
    public String requestJson() {
        return request.toString();
    }
}
