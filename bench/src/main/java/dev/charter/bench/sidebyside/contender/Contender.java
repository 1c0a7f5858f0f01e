package dev.charter.bench.sidebyside.contender;

import dev.charter.bench.sidebyside.model.Workload;

/**
 * One engine in the comparison, used the way its own documentation recommends for speed. Loading
 * a workload translates the policy model and the facts into the engine's language, builds the
 * engine's prepared form (compiled program, cached policy set, KieBase, ...), and translates every
 * request into the engine's request type, so that deciding does nothing but decide.
 */
public interface Contender {

    /** The benchmark parameter value naming this engine. */
    String name();

    /**
     * Prepares {@code workload}.
     *
     * @throws Exception whatever the engine throws when it rejects the translation; the harness
     *     stops, since a translation an engine refuses is a defect of the harness
     */
    Loaded load(Workload workload) throws Exception;

    /**
     * Whatever of loading happens before deployment rather than in the deciding process: Charter
     * compiles a constitution into a bundle ahead of time, so the runtime never holds the
     * compiler. The memory probe does this before its baseline. Nothing by default.
     */
    default void prepareAheadOfTime(Workload workload) throws Exception {}

    /** A workload prepared for one engine. */
    interface Loaded {

        /**
         * Something that decides the workload's requests on the calling thread. Thread-safe engines
         * hand every thread the same one; the others (Drools sessions, Biscuit authorizers) one
         * each, built from the shared prepared form.
         */
        Decider decider() throws Exception;
    }

    /** Decides requests by their index in the workload. */
    @FunctionalInterface
    interface Decider {

        /** The engine's decision on request {@code index}, mapped to a {@link dev.charter.bench.sidebyside.model.Verdict}. */
        dev.charter.bench.sidebyside.model.Verdict decide(int index) throws Exception;
    }
}
