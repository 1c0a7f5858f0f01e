package dev.charter.proofs.agreement;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;

/**
 * One generated case of the agreement property: a request, the facts and the history of earlier
 * decisions it is decided over.
 */
public record Scenario(FactSnapshot facts, Request request, HistoryValues history) {}
