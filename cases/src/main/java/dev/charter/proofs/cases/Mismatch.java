package dev.charter.proofs.cases;

/** One stated part of an expectation that the actual decision does not have. */
public record Mismatch(String part, String expected, String actual) {}
