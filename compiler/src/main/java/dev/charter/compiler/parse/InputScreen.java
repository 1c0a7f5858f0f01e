package dev.charter.compiler.parse;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.SourceSpan;
import java.util.Optional;

/**
 * Refuses, before any lexing, input that cannot be a constitution: more than {@link #MAX_CHARS}
 * characters, or binary content (NUL bytes, undecodable bytes, control characters). One clear
 * diagnostic, immediately, instead of thousands of syntax errors.
 */
final class InputScreen {

    static final int MAX_CHARS = 1 << 20;

    private InputScreen() {}

    static Optional<Diagnostic> refusal(String fileName, String text) {
        SourceSpan start = new SourceSpan(fileName, 1, 1, 1, 0);
        if (text.length() > MAX_CHARS) {
            return Optional.of(Diagnostic.of(
                    DiagnosticCode.INPUT_TOO_LARGE,
                    start,
                    String.format(
                            "file has %,d characters; a constitution file may have at most %,d",
                            text.length(), MAX_CHARS),
                    "split the constitution into several files"));
        }
        int suspicious = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of(binary(start, "it contains NUL bytes"));
            }
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                suspicious++;
            }
        }
        if (suspicious > 8 && suspicious * 100L > text.length()) {
            return Optional.of(binary(start, "it contains control characters or bytes that are not UTF-8"));
        }
        return Optional.empty();
    }

    private static Diagnostic binary(SourceSpan start, String why) {
        return Diagnostic.of(
                DiagnosticCode.BINARY_INPUT, start, "this is not a text file: " + why, "a constitution is UTF-8 text");
    }
}
