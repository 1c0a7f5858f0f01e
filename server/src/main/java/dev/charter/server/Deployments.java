package dev.charter.server;

import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.InvalidFactsException;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleRejectedException;
import dev.charter.runtime.datalog.BudgetExceededException;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.LedgerEngine;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The deployment in force and how it changes: a new bundle (verified against the trust keys; a
 * lower constitution version is refused) or a new fact snapshot (typed against the constitution
 * and materialised off to the side). Each bundle and snapshot is archived by digest before it
 * is swapped in, so every later record names something {@code charter replay} can find.
 * Swaps are serialised; decisions read the current deployment without locking. A deployment
 * whose constitution reads history builds its history state from the ledger when it is made; the
 * one it replaces stops keeping its own (a decision still in flight on it that reads history is
 * denied, {@code history_unavailable}).
 */
public final class Deployments {

    private final TrustStore trust;
    private final Ledger ledger;
    private final Archive archive;
    private final AtomicReference<Deployment> current = new AtomicReference<>();

    private Deployments(TrustStore trust, Ledger ledger, Archive archive) {
        this.trust = trust;
        this.ledger = ledger;
        this.archive = archive;
    }

    /** The first deployment: the bundle and snapshot the server was started with. */
    public static Deployments start(TrustStore trust, Ledger ledger, Archive archive, byte[] bundle, byte[] facts)
            throws SwapRefusedException, IOException {
        Deployments deployments = new Deployments(trust, ledger, archive);
        Bundle verified = deployments.verify(bundle);
        deployments.current.set(deployments.deploy(verified, bundle, deployments.snapshot(verified, facts), facts));
        return deployments;
    }

    public Deployment current() {
        return current.get();
    }

    /** Swaps in a signed bundle, keeping the current snapshot (refused if it does not fit the new constitution). */
    public synchronized Deployment swapBundle(byte[] bytes) throws SwapRefusedException, IOException {
        Bundle bundle = verify(bytes);
        Deployment now = current.get();
        long version = bundle.program().metadata().version();
        if (version < now.constitutionVersion()) {
            throw new SwapRefusedException(
                    SwapRefusedException.Kind.ROLLBACK,
                    "the bundle's constitution version " + version + " is lower than the version in force ("
                            + now.constitutionVersion() + "); an older signed bundle is not taken back");
        }
        byte[] facts = now.facts().canonicalBytes();
        Deployment next = deploy(bundle, bytes, snapshot(bundle, facts), facts);
        current.set(next);
        now.recorder().close();
        return next;
    }

    /** Swaps in a fact snapshot for the constitution in force. */
    public synchronized Deployment swapFacts(byte[] bytes) throws SwapRefusedException, IOException {
        Deployment now = current.get();
        Deployment next = deploy(now.bundle(), null, snapshot(now.bundle(), bytes), bytes);
        current.set(next);
        now.recorder().close();
        return next;
    }

    private Bundle verify(byte[] bytes) throws SwapRefusedException {
        try {
            return BundleReader.read(bytes, trust);
        } catch (BundleRejectedException e) {
            throw new SwapRefusedException(SwapRefusedException.Kind.INVALID, "bundle refused: " + e.getMessage());
        }
    }

    private FactSnapshot snapshot(Bundle bundle, byte[] bytes) throws SwapRefusedException {
        try {
            return FactSnapshot.parse("facts", bytes, List.of(bundle.program()));
        } catch (InvalidFactsException e) {
            throw new SwapRefusedException(SwapRefusedException.Kind.INVALID, e.getMessage());
        }
    }

    private Deployment deploy(Bundle bundle, byte[] bundleBytes, FactSnapshot snapshot, byte[] factBytes)
            throws SwapRefusedException, IOException {
        Engine engine = Engine.forBundle(bundle);
        try {
            engine.attach(snapshot);
        } catch (InvalidFactsException | BudgetExceededException e) {
            throw new SwapRefusedException(SwapRefusedException.Kind.INVALID, "facts refused: " + e.getMessage());
        }
        if (bundleBytes != null) {
            archive.keepBundle(bundle.digest(), bundleBytes);
        }
        archive.keepFacts(snapshot.digest(), factBytes);
        return new Deployment(bundle, snapshot, LedgerEngine.over(engine, ledger));
    }
}
