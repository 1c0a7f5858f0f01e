package dev.charter.compiler.check;

/**
 * The compiler's stages, in order. A compilation can stop after any of them, which is how tests
 * look at one stage's diagnostics without the later ones. It lives with the checks, which run every
 * stage after {@link #PARSE}, so that they need nothing from the compiler's facade.
 */
public enum Stage {
    /** Text to AST; syntax errors. */
    PARSE,
    /** Declarations and references: duplicate and undefined names. */
    RESOLVE,
    /** The type of every expression, attribute and Datalog term. */
    TYPES,
    /** Datalog range restriction (every variable bound by a positive atom). */
    SAFETY,
    /** Datalog stratification (no cycle through negation). */
    STRATIFY,
    /** Checked AST to the runtime's IR program. */
    LOWER
}
