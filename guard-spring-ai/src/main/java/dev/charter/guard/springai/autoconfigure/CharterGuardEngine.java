package dev.charter.guard.springai.autoconfigure;

import dev.charter.runtime.Engine;
import dev.charter.runtime.ledger.LedgerEngine;
import java.io.IOException;
import java.util.Objects;

/**
 * What the auto-configured guard decides with: the engine of the verified bundle and, when
 * {@code charter.guard.ledger} is set, the ledger engine that records in it (closed with the
 * application context).
 *
 * @param engine the engine of the bundle, with the facts attached
 * @param ledger the ledger engine over {@code engine}; null when no ledger is set
 */
public record CharterGuardEngine(Engine engine, LedgerEngine ledger) implements AutoCloseable {

    public CharterGuardEngine {
        Objects.requireNonNull(engine, "engine");
    }

    @Override
    public void close() throws IOException {
        if (ledger != null) {
            ledger.close();
        }
    }
}
