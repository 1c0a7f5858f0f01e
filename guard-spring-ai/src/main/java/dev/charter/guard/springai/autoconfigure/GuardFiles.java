package dev.charter.guard.springai.autoconfigure;

import dev.charter.guard.ActionNaming;
import dev.charter.guard.GuardOptions;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.InvalidFactsException;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleRejectedException;
import dev.charter.runtime.datalog.BudgetExceededException;
import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.LedgerOptions;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads what {@code charter.guard.*} names — trust, bundle, facts, ledger key — into an engine and
 * a ledger. Every problem is a {@link CharterGuardConfigurationException} naming the property and
 * the file; nothing here falls back to a weaker guard.
 */
final class GuardFiles {

    static final String BUNDLE = "charter.guard.bundle";
    static final String TRUST = "charter.guard.trust";
    static final String FACTS = "charter.guard.facts";
    static final String LEDGER = "charter.guard.ledger";
    static final String LEDGER_KEY = "charter.guard.ledger-key";

    private GuardFiles() {}

    /** The engine of the verified bundle, with the facts attached. */
    static Engine engine(CharterGuardProperties properties) {
        Path bundleFile = required(BUNDLE, properties.bundle(), "the signed bundle of the constitution");
        Path trustFile = required(TRUST, properties.trust(), "the trust file the bundle must be signed by a key of");
        TrustStore trust;
        try {
            trust = TrustStore.read(trustFile);
        } catch (IOException | KeyFormatException e) {
            throw problem(TRUST, trustFile, "is not a trust file Charter can read: " + describe(e), e);
        }
        Bundle bundle;
        try {
            bundle = BundleReader.read(read(BUNDLE, bundleFile), trust);
        } catch (BundleRejectedException e) {
            throw problem(BUNDLE, bundleFile, "was refused: " + e.getMessage(), e);
        }
        Engine engine = Engine.forBundle(bundle);
        if (properties.facts() != null) {
            try {
                FactSnapshot snapshot = FactSnapshot.parse(
                        properties.facts().toString(), read(FACTS, properties.facts()), List.of(bundle.program()));
                engine.attach(snapshot);
            } catch (InvalidFactsException | BudgetExceededException e) {
                throw problem(FACTS, properties.facts(), "was refused: " + e.getMessage(), e);
            }
        }
        return engine;
    }

    /** The ledger named by {@code charter.guard.ledger}, recording {@code engine}'s decisions; null when none is. */
    static LedgerEngine ledger(Engine engine, CharterGuardProperties properties) {
        Path dir = properties.ledger();
        if (dir == null) {
            if (properties.ledgerKey() != null) {
                throw CharterGuardConfigurationException.ofProperty(
                        LEDGER,
                        LEDGER_KEY + " is set but " + LEDGER + " is not: name the ledger directory it signs",
                        null);
            }
            return null;
        }
        Path keyFile = required(LEDGER_KEY, properties.ledgerKey(), "the private key that signs the ledger " + dir);
        SigningKey key;
        try {
            key = KeyFiles.readSigningKey(keyFile);
        } catch (IOException | KeyFormatException e) {
            throw problem(LEDGER_KEY, keyFile, "is not a signing key Charter can read: " + describe(e), e);
        }
        try {
            return LedgerEngine.open(engine, dir, key, LedgerOptions.defaults());
        } catch (IOException | LedgerException e) {
            throw problem(LEDGER, dir, "cannot be opened: " + describe(e), e);
        }
    }

    /** The guard's options: the naming of {@code actions} and {@code action-prefix}, and the escalation timeout. */
    static GuardOptions options(CharterGuardProperties properties) {
        ActionNaming fallback =
                properties.actionPrefix() == null || properties.actionPrefix().isBlank()
                        ? ActionNaming.identity()
                        : ActionNaming.prefixed(properties.actionPrefix());
        ActionNaming naming =
                properties.actions().isEmpty() ? fallback : ActionNaming.mapped(properties.actions(), fallback);
        try {
            return GuardOptions.defaults().withNaming(naming).withEscalationTimeout(properties.escalationTimeout());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw CharterGuardConfigurationException.ofProperty(
                    "charter.guard.escalation-timeout",
                    "charter.guard.escalation-timeout must be a positive duration, not "
                            + properties.escalationTimeout(),
                    e);
        }
    }

    private static Path required(String property, Path value, String what) {
        if (value == null) {
            throw CharterGuardConfigurationException.ofProperty(
                    property, property + " is not set: it names " + what, null);
        }
        return value;
    }

    private static byte[] read(String property, Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw problem(property, file, "cannot be read: " + describe(e), e);
        }
    }

    private static CharterGuardConfigurationException problem(
            String property, Path file, String what, Throwable cause) {
        return CharterGuardConfigurationException.ofProperty(property, property + " (" + file + ") " + what, cause);
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
