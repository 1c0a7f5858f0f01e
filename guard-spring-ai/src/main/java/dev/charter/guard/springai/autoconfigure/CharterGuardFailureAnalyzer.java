package dev.charter.guard.springai.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a {@link CharterGuardConfigurationException} as what is wrong and what to fix. */
final class CharterGuardFailureAnalyzer extends AbstractFailureAnalyzer<CharterGuardConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CharterGuardConfigurationException cause) {
        return new FailureAnalysis(
                "Charter cannot guard the application's tools: " + cause.getMessage(),
                cause.action() + " The application does not start without a valid guard, so that no tool runs"
                        + " unguarded.",
                cause);
    }
}
