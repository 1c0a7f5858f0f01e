package dev.charter.server;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.ledger.LedgerEngine;

/**
 * What the server decides with at one moment: a verified bundle, a fact snapshot and the
 * ledger-backed engine over them. Immutable; a swap replaces the whole deployment atomically,
 * so a decision in flight finishes on the one it started with.
 */
public record Deployment(Bundle bundle, FactSnapshot facts, LedgerEngine recorder) {

    public long constitutionVersion() {
        return bundle.program().metadata().version();
    }
}
