package dev.charter.bench;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Engine;
import java.util.List;

/** The engine of a benchmark's constitution given as source text: compiled, or the setup fails. */
final class SourceEngine {

    private SourceEngine() {}

    /** Compiles {@code source} as the file {@code name}; its diagnostics are the error when it does not. */
    static Engine compile(String name, String source) {
        Compilation compilation = Compiler.compile(List.of(new SourceFile(name, source)));
        return Engine.forProgram(compilation
                .program()
                .orElseThrow(() ->
                        new IllegalStateException(compilation.diagnostics().toString())));
    }
}
