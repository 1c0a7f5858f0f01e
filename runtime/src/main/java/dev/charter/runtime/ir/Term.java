package dev.charter.runtime.ir;

/** An argument of a Datalog atom in a clause: a variable or a constant. */
public sealed interface Term {

    SourceSpan span();

    record Variable(String name, SourceSpan span) implements Term {}

    record Constant(Value value, SourceSpan span) implements Term {}
}
