package dev.charter.server;

import java.time.Clock;

/**
 * What a route added beside the API (the review page) works with: the escalations, the token
 * identities, the deployment in force, the metrics and the server's clock. Handed to
 * {@link CharterServer.Builder#routes} once they exist, before the server listens.
 */
public record Services(
        EscalationService escalations,
        Identities identities,
        Deployments deployments,
        ServerMetrics metrics,
        Clock clock) {}
