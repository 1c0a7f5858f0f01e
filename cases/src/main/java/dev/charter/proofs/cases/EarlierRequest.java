package dev.charter.proofs.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A request a test says was decided before its own: decided, in the order written, into the
 * test's scratch ledger at its {@code time}, and resolved there when a reviewer's answer is
 * given. Written in a test's {@code earlier { ... }} block (see {@link CaseFile}).
 *
 * @param request     the request, merged over the file's request defaults
 * @param time        its {@code time}: the ledger records the decision then
 * @param expectation what its decision should be, when the test says; a decision with an error
 *                    reason code fails the test unless an expectation states it
 * @param resolution  the reviewer's answer to its escalation, when the test gives one
 * @param line        where the entry starts in its file
 * @param column      its column there
 */
public record EarlierRequest(
        ObjectNode request,
        Instant time,
        Optional<Expectation> expectation,
        Optional<Resolution> resolution,
        int line,
        int column) {

    /** The request as the JSON text {@code Request.parse} reads. */
    public String requestJson() {
        return request.toString();
    }

    /** Where the entry is written, {@code FILE:LINE:COL}. */
    public String at(String file) {
        return file + ":" + line + ":" + column;
    }

    /**
     * A reviewer's answer to an earlier escalation, recorded at {@code time}: {@code approved at
     * "TIME"} or {@code denied at "TIME"}.
     */
    public record Resolution(boolean approved, Instant time, int line, int column) {}
}
