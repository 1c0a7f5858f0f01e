package dev.charter.cli;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.RecordedDecision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * How {@code charter eval} decides: with the engine alone, or, given {@code --ledger DIR --key
 * KEY}, through a ledger-backed engine that records every decision durably before it is printed
 * (a request file is submitted whole, so its decisions share group commits).
 */
final class DecisionRecorder implements AutoCloseable {

    private final Engine engine;
    private final LedgerEngine ledger;

    private DecisionRecorder(Engine engine, LedgerEngine ledger) {
        this.engine = engine;
        this.ledger = ledger;
    }

    /** Decides with {@code engine}; records in the ledger at {@code ledgerDir} when it is not null. */
    static DecisionRecorder open(Engine engine, Path ledgerDir, Path keyFile) {
        if (ledgerDir == null) {
            return new DecisionRecorder(engine, null);
        }
        if (keyFile == null) {
            throw new InputProblem("--ledger needs --key, the private key that signs the ledger");
        }
        try {
            return new DecisionRecorder(engine, LedgerEngine.open(engine, ledgerDir, LedgerArguments.key(keyFile),
                    LedgerOptions.defaults()));
        } catch (LedgerException e) {
            throw new InputProblem(ledgerDir + ": " + e.getMessage());
        } catch (IOException e) {
            throw FileProblem.of(e);
        }
    }

    /** The decisions of {@code requests} (JSON texts), in order, each durable before this returns. */
    List<Decision> decide(List<String> requests) {
        List<Decision> decisions = new ArrayList<>(requests.size());
        if (ledger == null) {
            requests.forEach(r -> decisions.add(engine.decideJson(r)));
            return decisions;
        }
        List<CompletableFuture<RecordedDecision>> pending = new ArrayList<>(requests.size());
        requests.forEach(r -> pending.add(ledger.submitJson(r)));
        pending.forEach(p -> decisions.add(p.join().decision()));
        return decisions;
    }

    /** Why the ledger stopped recording, if it did: every decision since is DENY. */
    Optional<String> ledgerFailure() {
        return ledger == null ? Optional.empty() : ledger.ledger().failure();
    }

    @Override
    public void close() {
        if (ledger != null) {
            try {
                ledger.close();
            } catch (IOException e) {
                throw FileProblem.of(e);
            }
        }
    }
}
