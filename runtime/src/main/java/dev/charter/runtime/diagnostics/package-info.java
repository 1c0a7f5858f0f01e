/**
 * The stable codes of everything Charter reports about a constitution — the compiler's
 * diagnostics and the solver's findings — with their severities.
 *
 * <p>They live here, beside {@link dev.charter.runtime.ir.SourceSpan}, because the runtime is
 * the one module both the compiler and the solver already depend on: the solver names its
 * findings' codes without depending on the compiler, and neither needs a module of its own for
 * two enums.
 */
package dev.charter.runtime.diagnostics;
