package dev.charter.compiler;

import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.check.CheckedConstitution;
import dev.charter.compiler.check.Checker;
import dev.charter.compiler.check.Stage;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.compiler.parse.ParseResult;
import dev.charter.compiler.parse.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles a constitution, one or more {@code .charter} files, through the named stages
 * {@code parse → resolve → types → safety → stratify → lower} into the IR program the solver and
 * the runtime accept.
 *
 * <p>Never throws on any input: every problem is a {@link Diagnostic} in the returned
 * {@link Compilation}. The checks run only when every file parsed cleanly: a declaration that did
 * not parse would otherwise make every use of the names it declares look undefined, burying the
 * one real mistake under invented ones.
 */
public final class Compiler {

    private Compiler() {}

    /** Runs every stage; the program is present when there were no errors. */
    public static Compilation compile(List<SourceFile> sources) {
        return compile(sources, Stage.LOWER);
    }

    /**
     * Runs the stages up to and including {@code stopAfter}; the program is present only when
     * that is {@link Stage#LOWER} and there were no errors.
     *
     * @throws IllegalArgumentException when {@code sources} is empty
     */
    public static Compilation compile(List<SourceFile> sources, Stage stopAfter) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a constitution has at least one file");
        }
        List<ConstitutionFile> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceFile source : sources) {
            ParseResult parsed = Parser.parse(source.name(), source.text());
            files.add(parsed.file());
            diagnostics.addAll(parsed.diagnostics());
        }
        if (stopAfter == Stage.PARSE || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Compilation(Optional.empty(), diagnostics);
        }
        CheckedConstitution checked = Checker.check(files, stopAfter);
        diagnostics.addAll(checked.diagnostics());
        return new Compilation(checked.program(), diagnostics);
    }
}
