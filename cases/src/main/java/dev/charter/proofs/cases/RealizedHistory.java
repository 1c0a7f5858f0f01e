package dev.charter.proofs.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Concrete earlier requests that produce a witness's history: decided in order into a scratch
 * ledger, each at the witness request's time, with the escalations among them approved at that
 * time, they make every history term the witness reads take the value the solver gave it, and the
 * witness request, decided last, reach the finding's decision.
 *
 * @param entries the earlier requests, in the order they are decided
 */
public record RealizedHistory(List<Entry> entries) {

    public RealizedHistory {
        entries = List.copyOf(entries);
    }

    /**
     * One earlier request.
     *
     * @param request  the request JSON, with the witness request's {@code time}
     * @param approved whether it escalates and a reviewer approves it at that time, so that it
     *                 counts as permitted
     */
    public record Entry(ObjectNode request, boolean approved) {}
}
