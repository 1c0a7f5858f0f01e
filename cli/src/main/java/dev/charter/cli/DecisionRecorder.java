package dev.charter.cli;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.RecordedDecision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * How {@code charter eval} decides: with the engine alone, or, given {@code --ledger DIR --key
 * KEY}, through a ledger-backed engine that records every decision durably before it is printed
 * (requests that arrive together are submitted together, so their decisions share group commits).
 */
final class DecisionRecorder implements AutoCloseable {

    /** The most requests submitted to the ledger before their decisions are printed. */
    static final int BATCH = 1024;

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
            return new DecisionRecorder(
                    engine,
                    LedgerEngine.open(engine, ledgerDir, LedgerArguments.key(keyFile), LedgerOptions.defaults()));
        } catch (LedgerException e) {
            throw new InputProblem(ledgerDir + ": " + e.getMessage());
        } catch (IOException e) {
            throw FileProblem.of(e);
        }
    }

    /** The decision of one request (JSON text), durable before this returns. */
    Decision decide(String request) {
        return ledger == null
                ? engine.decideJson(request)
                : ledger.submitJson(request).join().decision();
    }

    /**
     * Decides each request of {@code requests} as it arrives and hands the decisions to
     * {@code printer} in order, each durable first. No decision waits for input that has not
     * arrived; with a ledger, the requests already there are submitted together (up to
     * {@link #BATCH}) so that they share group commits. Each line is first passed through
     * {@code prepare} (for instance {@link ExplainedRequest#of}).
     */
    void decideEach(RequestLines requests, UnaryOperator<String> prepare, Consumer<Decision> printer) {
        Deque<CompletableFuture<RecordedDecision>> pending = new ArrayDeque<>();
        try {
            for (Optional<String> line = requests.next(); line.isPresent(); line = requests.next()) {
                String request = prepare.apply(line.get());
                if (ledger == null) {
                    printer.accept(engine.decideJson(request));
                    continue;
                }
                pending.add(ledger.submitJson(request));
                if (pending.size() == BATCH || !requests.ready()) {
                    print(pending, printer);
                }
            }
        } finally {
            // Input that stops being readable still leaves every decision already recorded printed.
            print(pending, printer);
        }
    }

    private static void print(Deque<CompletableFuture<RecordedDecision>> pending, Consumer<Decision> printer) {
        while (!pending.isEmpty()) {
            printer.accept(pending.poll().join().decision());
        }
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
