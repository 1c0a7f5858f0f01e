package dev.charter.proofs.agreement;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.Program;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The constitutions under {@code examples/}, compiled, each with the fact snapshot it ships with. */
record ExampleConstitutions(String name, Program program, FactSnapshot facts) {

    static final Path ROOT = Path.of("..", "examples");

    static List<String> names() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> hasConstitution(d))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasConstitution(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".charter"));
        } catch (IOException e) {
            return false;
        }
    }

    static ExampleConstitutions load(String name) {
        Path dir = ROOT.resolve(name);
        try (Stream<Path> files = Files.list(dir)) {
            List<SourceFile> sources = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".charter"))
                    .sorted()
                    .toList()) {
                sources.add(new SourceFile(f.getFileName().toString(), Files.readString(f)));
            }
            Compilation compilation = Compiler.compile(sources);
            Program program = compilation
                    .program()
                    .orElseThrow(() -> new AssertionError(name + " does not compile: " + compilation.diagnostics()));
            Path facts = dir.resolve("facts.json");
            FactSnapshot snapshot =
                    Files.exists(facts) ? FactSnapshot.parse(Files.readAllBytes(facts)) : FactSnapshot.empty();
            return new ExampleConstitutions(name, program, snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
