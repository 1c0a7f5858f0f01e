package dev.charter.compiler;

/** One {@code .charter} file: its name as it should appear in diagnostics, and its text. */
public record SourceFile(String name, String text) {}
