package dev.charter.bench.sidebyside.report;

/**
 * What one run measured for one engine on one workload; a field is NaN when that measurement is
 * missing from the results (a smoke run, a failed benchmark).
 *
 * @param medianMicros median latency of one decision, µs
 * @param p99Micros 99th percentile latency, µs
 * @param oneThread decisions per second on one thread
 * @param twoThreads decisions per second on two threads together
 * @param heapBytes live heap the loaded engine keeps
 * @param rssBytes resident-set growth from loading it
 */
record Measurement(
        double medianMicros, double p99Micros, double oneThread, double twoThreads, double heapBytes, double rssBytes) {

    static final Measurement NONE =
            new Measurement(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    Measurement withLatency(double median, double p99) {
        return new Measurement(median, p99, oneThread, twoThreads, heapBytes, rssBytes);
    }

    Measurement withThroughput(int threads, double opsPerSecond) {
        return threads == 1
                ? new Measurement(medianMicros, p99Micros, opsPerSecond, twoThreads, heapBytes, rssBytes)
                : new Measurement(medianMicros, p99Micros, oneThread, opsPerSecond, heapBytes, rssBytes);
    }

    Measurement withFootprint(double heap, double rss) {
        return new Measurement(medianMicros, p99Micros, oneThread, twoThreads, heap, rss);
    }
}
