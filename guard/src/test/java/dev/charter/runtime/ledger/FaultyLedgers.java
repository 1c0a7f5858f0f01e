package dev.charter.runtime.ledger;

import dev.charter.runtime.Engine;
import dev.charter.runtime.keys.SigningKey;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Ledgers whose fsync fails on demand, for the guard's tests (the ledger's {@code Disk} is
 * package-private): after {@link Faulty#failFsyncs()} the next group commit fails and the ledger
 * is FAILED for good, as after a real EIO.
 */
public final class FaultyLedgers {

    private FaultyLedgers() {}

    /** A ledger-backed engine and the switch that breaks its disk. */
    public record Faulty(LedgerEngine engine, Runnable failFsyncs) {}

    public static Faulty open(Engine engine, Path dir, SigningKey key) throws IOException, LedgerException {
        Switchable disk = new Switchable();
        Ledger ledger = Ledger.open(dir, key, LedgerOptions.defaults().withPollInterval(Duration.ofMillis(5)), disk);
        return new Faulty(LedgerEngine.over(engine, ledger), () -> disk.failing = true);
    }

    private static final class Switchable extends CountingDisk {
        volatile boolean failing;

        @Override
        void beforeFsync() throws IOException {
            if (failing) {
                throw new IOException("injected fsync failure (EIO)");
            }
            super.beforeFsync();
        }
    }
}
