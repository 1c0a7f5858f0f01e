package dev.charter.bench.sidebyside.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named workload: a policy model, the requests that exercise it, and, when the workload is a
 * constitution someone wrote, that text (Charter then runs it as written; the other engines run
 * the model, and the agreement check shows the two mean the same).
 *
 * @param name the benchmark parameter value ({@code threshold-32}, {@code fintech}, ...)
 * @param model the engine-neutral policy
 * @param requests the requests, decided round-robin by the benchmarks
 * @param charterSource the constitution as written, if the workload has one
 */
public record Workload(String name, PolicyModel model, List<AccessRequest> requests, Optional<String> charterSource) {

    public Workload {
        Objects.requireNonNull(name);
        Objects.requireNonNull(model);
        requests = List.copyOf(requests);
        Objects.requireNonNull(charterSource);
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("a workload has requests");
        }
    }
}
