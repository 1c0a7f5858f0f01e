package dev.charter.runtime;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a decision came out as it did. {@link #RULE}, {@link #DEFAULT} and {@link #CONFLICT} are
 * the three ways the constitution decides; every other code is a fail-closed DENY that names what
 * went wrong, so that an operator can tell a refused request from a broken deployment.
 */
public enum ReasonCode {
    /** The highest-priority matching rules agreed. */
    RULE,
    /** No rule matched; the constitution's {@code default} applied. */
    DEFAULT,
    /** The highest-priority matching rules disagreed; {@code on conflict} applied. */
    CONFLICT,
    /** The request names an action the constitution does not declare. */
    UNKNOWN_ACTION,
    /** The request names no agent. */
    MISSING_AGENT,
    /** A parameter of the action, a context attribute a rule reads, or the time a rule reads is absent. */
    MISSING_ATTRIBUTE,
    /** An attribute's value does not have its declared type. */
    ILL_TYPED_ATTRIBUTE,
    /** The request carries an attribute the schema does not declare (the schema is strict). */
    UNDECLARED_ATTRIBUTE,
    /** Integer arithmetic in a condition overflowed 64 bits. */
    ARITHMETIC_OVERFLOW,
    /** Evaluation needed more work than its budget allows. */
    BUDGET_EXCEEDED,
    /** The attached fact snapshot does not fit the constitution's input relations. */
    INVALID_FACTS,
    /** The runtime failed unexpectedly; the decision fails closed. */
    INTERNAL_ERROR,
    /** The engine has no verified bundle. */
    NO_VALID_BUNDLE,
    /** The request is not well-formed, or holds a value with no exact canonical form (a lone surrogate). */
    MALFORMED_REQUEST,
    /** The request is beyond a limit of {@code JsonLimits}: too long, nested too deep, or a number too large. */
    REQUEST_LIMIT_EXCEEDED,
    /**
     * A condition reads the history of earlier decisions ({@code count}, {@code sum},
     * {@code exists}) and the engine has none to read (it decides without a ledger), or reading
     * it failed: the decision is DENY, never one guessed from an empty history.
     */
    HISTORY_UNAVAILABLE,
    /** The decision could not be durably recorded. */
    LEDGER_FAILURE,
    /**
     * The request names another agent than the one its caller authenticated as (the decision
     * server); the engine's decision, with its trace, is overruled to DENY.
     */
    AGENT_MISMATCH,
    /**
     * A tool guard failed before it reached the engine's answer (its action naming threw, say):
     * the request it mapped is recorded with the engine's decision overruled to DENY, as the
     * decision server records {@link #AGENT_MISMATCH}.
     */
    GUARD_FAILURE,
    /**
     * A tool guard's refusal of an escalated call that a reviewer denied (the decision stays
     * ESCALATE; the resolution record says who denied it and why). Never the code of a decision.
     */
    ESCALATION_DENIED,
    /** A tool guard's refusal of an escalated call that no reviewer resolved before its deadline. Never a decision's code. */
    ESCALATION_TIMEOUT,
    /**
     * A tool guard's refusal of an escalated call it cannot hold for review: it records nothing
     * (no ledger), or waiting for the resolution failed. Never a decision's code.
     */
    ESCALATION_UNAVAILABLE;

    private final String keyword = name().toLowerCase(Locale.ROOT);

    /** The code whose {@link #keyword} is {@code keyword}, if any. */
    public static Optional<ReasonCode> fromKeyword(String keyword) {
        for (ReasonCode code : values()) {
            if (code.keyword.equals(keyword)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the code is a caller's refusal recorded over the engine's decision
     * ({@code agent_mismatch}, {@code guard_failure}): replay re-decides and applies it again.
     */
    public boolean overrulesTheEngine() {
        return this == AGENT_MISMATCH || this == GUARD_FAILURE;
    }

    /** The lower-case name used in JSON, e.g. {@code missing_attribute}. */
    public String keyword() {
        return keyword;
    }

    /** Whether this code reports a failure (the decision is then DENY whatever the rules say). */
    public boolean isFailure() {
        return this != RULE && this != DEFAULT && this != CONFLICT;
    }
}
