package dev.charter.bench.sidebyside.workload;

import dev.charter.bench.sidebyside.model.Workload;

/**
 * The workloads by name, as the benchmarks' {@code workload} parameter gives them:
 * {@code threshold-N} (workload a with N rules), {@code delegation-N} (workload b with N agents),
 * {@code fintech} (workload c) and {@code overlap-N} (workload d with N rules). Same name, same
 * seed, same workload.
 */
public final class Workloads {

    /** Requests per workload: enough to defeat branch prediction, few enough to stay in cache. */
    public static final int REQUESTS = 1024;

    private static final long SEED = 0x5EED_C4A7L;

    private Workloads() {}

    /** The workload called {@code name}, with {@link #REQUESTS} requests. */
    public static Workload named(String name) {
        return named(name, REQUESTS);
    }

    /** The workload called {@code name} with {@code requests} requests. */
    public static Workload named(String name, int requests) {
        if (name.equals("fintech")) {
            return FintechWorkload.of(requests, SEED);
        }
        int dash = name.lastIndexOf('-');
        if (dash > 0) {
            int size = parseSize(name.substring(dash + 1), name);
            switch (name.substring(0, dash)) {
                case "threshold":
                    return ThresholdWorkload.of(size, requests, SEED);
                case "delegation":
                    return DelegationWorkload.of(size, requests, SEED);
                case "overlap":
                    return OverlapWorkload.of(size, requests, SEED);
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(
                "no workload " + name + " (threshold-N, delegation-N, overlap-N or fintech)");
    }

    private static int parseSize(String text, String name) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "no workload " + name + " (threshold-N, delegation-N, overlap-N or fintech)", e);
        }
    }
}
