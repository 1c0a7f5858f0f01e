package dev.charter.compiler.ast;

/** An argument of a call in a condition: an expression, or {@code _} in an atom such as {@code may(_, x)}. */
public sealed interface Argument extends Node permits Expression, Wildcard {}
