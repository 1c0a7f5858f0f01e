package dev.charter.runtime;

/**
 * Called before each rule's condition is evaluated. Production engines use {@link #NONE}; tests
 * inject exceptions here to prove that any failure inside evaluation ends in DENY.
 */
@FunctionalInterface
interface FaultProbe {

    FaultProbe NONE = rule -> {};

    void beforeRule(int rule);
}
