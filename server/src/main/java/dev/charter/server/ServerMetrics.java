package dev.charter.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.DoubleSupplier;

/**
 * The server's Prometheus metrics, in a registry of its own: decisions by effect and reason code,
 * decision latency (request read to response ready, ledger included), ledger commit latency,
 * open escalations, HTTP errors by code.
 */
public final class ServerMetrics {

    /** Seconds; decisions are expected in the sub-millisecond to tens of milliseconds range. */
    private static final double[] BOUNDS = {
        0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5
    };

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter decisions = Counter.builder()
            .name("charter_decisions_total")
            .help("Decisions answered, by effect and reason code")
            .labelNames("effect", "reason_code")
            .register(registry);
    private final Histogram latency = Histogram.builder()
            .name("charter_decision_seconds")
            .help("Time from a decision request's body being read to its durable answer")
            .classicOnly()
            .classicUpperBounds(BOUNDS)
            .register(registry);
    private final Histogram commit = Histogram.builder()
            .name("charter_ledger_commit_seconds")
            .help("Time from a decision being handed to the ledger to its record being durable")
            .classicOnly()
            .classicUpperBounds(BOUNDS)
            .register(registry);
    private final Counter errors = Counter.builder()
            .name("charter_http_errors_total")
            .help("Requests answered with an error, by error code")
            .labelNames("error")
            .register(registry);

    public ServerMetrics(DoubleSupplier openEscalations) {
        GaugeWithCallback.builder()
                .name("charter_open_escalations")
                .help("Escalations waiting for a reviewer")
                .callback(callback -> callback.call(openEscalations.getAsDouble()))
                .register(registry);
    }

    public void decided(String effect, String reasonCode, long nanos) {
        decisions.labelValues(effect, reasonCode).inc();
        latency.observe(nanos / 1e9);
    }

    public void committed(long nanos) {
        commit.observe(nanos / 1e9);
    }

    public void error(String code) {
        errors.labelValues(code).inc();
    }

    /** Every metric in the Prometheus text format (version 0.0.4). */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }
}
