package dev.charter.runtime.ir;

/** {@code assert name: condition;} — must hold for every request and the decision reached on it. */
public record Assertion(String name, Expr condition, SourceSpan span) {}
