package dev.charter.solver;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.ir.Program;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compiles constitutions from source for tests; a compile error fails the test with the diagnostics. */
final class Constitutions {

    private Constitutions() {}

    static Program compile(Path file) {
        try {
            return compile(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Program compile(String name, String text) {
        Compilation compilation = Compiler.compile(List.of(new SourceFile(name, text)));
        if (compilation.hasErrors() || compilation.program().isEmpty()) {
            throw new AssertionError("does not compile: " + compilation.diagnostics());
        }
        return compilation.program().get();
    }

    /** The repository's root, found from the module's working directory. */
    static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("examples")) ? here : here.getParent();
    }
}
