package dev.charter.proofs.agreement;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;

/** One generated case of the agreement property: a request and the facts it is decided under. */
public record Scenario(FactSnapshot facts, Request request) {}
