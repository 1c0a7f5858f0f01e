package dev.charter.compiler.ast;

/** A member of an {@code in { ... }} set: a literal or a name (an enum value, an action). */
public sealed interface SetElement extends Node permits Literal, NameRef {}
