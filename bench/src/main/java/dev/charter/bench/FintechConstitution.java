package dev.charter.bench;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.ir.Program;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The fintech example of LANGUAGE.md, compiled from {@code examples/fintech/lending.charter}. */
final class FintechConstitution {

    private FintechConstitution() {}

    static Program program() {
        Path source = locate(Path.of("examples", "fintech", "lending.charter"));
        try {
            Compilation c = Compiler.compile(List.of(new SourceFile(source.toString(), Files.readString(source))));
            return c.program()
                    .orElseThrow(() -> new IllegalStateException(source + " does not compile: " + c.diagnostics()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file relative to the repository root, whether run from the root or from {@code bench/}. */
    private static Path locate(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("cannot find " + relative + "; run from the repository");
    }
}
