package dev.charter.compiler.check;

import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.InvalidProgramException;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * The compiler's semantic stages after parsing: {@code resolve → types → safety → stratify →
 * lower}, over all files of one constitution at once.
 *
 * <p>Every check stage runs even when an earlier one found errors, so one run reports everything
 * that is wrong; each check stays silent about what an earlier error already explains, so one
 * mistake is one diagnostic. Only lowering needs a constitution without errors.
 */
public final class Checker {

    private Checker() {}

    /**
     * Checks parsed files and, when {@code stopAfter} is {@link Stage#LOWER} and nothing is in
     * error, lowers them to a program.
     *
     * @param files     the parsed files of one constitution, in the order given by the user; not empty
     * @param stopAfter the last stage to run; {@link Stage#PARSE} runs none of these
     */
    public static CheckedConstitution check(List<ConstitutionFile> files, Stage stopAfter) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a constitution has at least one file");
        }
        Diagnostics diagnostics = new Diagnostics();
        if (stopAfter == Stage.PARSE) {
            return new CheckedConstitution(Optional.empty(), List.of());
        }
        Declarations declarations = DeclarationCollector.collect(files, diagnostics);
        HeaderCheck.check(declarations, diagnostics);
        DecisionCheck.check(declarations, diagnostics);
        ReferenceCheck.check(declarations, diagnostics);
        if (stopAfter == Stage.RESOLVE) {
            return done(diagnostics, null);
        }
        Typing typing = Typing.check(declarations, diagnostics);
        if (stopAfter == Stage.TYPES) {
            return done(diagnostics, null);
        }
        SafetyCheck.check(declarations, diagnostics);
        if (stopAfter == Stage.SAFETY) {
            return done(diagnostics, null);
        }
        List<List<String>> strata = Stratification.check(declarations, diagnostics);
        if (stopAfter == Stage.STRATIFY || diagnostics.hasErrors()) {
            return done(diagnostics, null);
        }
        try {
            return done(diagnostics, Lowering.lower(declarations, typing, strata));
        } catch (InvalidProgramException | IllegalStateException e) {
            ConstitutionFile first = files.get(0);
            diagnostics.add(Diagnostic.of(
                    DiagnosticCode.INTERNAL_ERROR,
                    new SourceSpan(first.fileName(), 1, 1, 1, 1),
                    "the compiler failed to build the program: " + e.getMessage(),
                    "this is a bug in the Charter compiler; please report it with the constitution"));
            return done(diagnostics, null);
        }
    }

    private static CheckedConstitution done(Diagnostics diagnostics, Program program) {
        return new CheckedConstitution(Optional.ofNullable(program), diagnostics.all());
    }
}
