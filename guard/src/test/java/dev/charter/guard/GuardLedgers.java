package dev.charter.guard;

import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.LedgerOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;

/** Ledgers for guard tests: the file-tools engine recording in a temporary directory. */
final class GuardLedgers {

    static final SigningKey KEY = key();

    private GuardLedgers() {}

    static LedgerEngine open(Path dir) throws IOException, LedgerException {
        return LedgerEngine.open(
                GuardFixture.engine(), dir, KEY, LedgerOptions.defaults().withPollInterval(Duration.ofMillis(5)));
    }

    private static SigningKey key() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(15);
            return SigningKey.generate(random);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
