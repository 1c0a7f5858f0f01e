package dev.charter.cli;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.DiagnosticPrinter;
import dev.charter.compiler.SourceFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.bundle.AnalysisSummary;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleRejectedException;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.diagnostics.Severity;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.solver.AnalysisOptions;
import dev.charter.solver.Analyzer;
import dev.charter.solver.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter compile FILE... -o NAME.bundle --key KEYFILE}: compiles a constitution and
 * writes it as a signed bundle ({@code docs/bundle-format.md}). Exit 0 with the bundle written,
 * 1 when the sources have errors (printed; nothing is written), 2 for usage and I/O problems.
 * Unless {@code --no-analysis} is given, the solver's analyses run first and the bundle records
 * their summary (the report's digest and the count of findings of each kind), signed with the
 * rules. An error-level finding stops the compilation like a compile error — the findings are
 * printed as {@code charter check} prints them, nothing is signed, exit 1 — unless
 * {@code --allow-errors} is given: then a warning is printed and the signed summary records that
 * errors were overridden. Warnings never stop it. The same sources, named the same way, and the
 * same key always give the same bytes.
 */
@Command(
        name = "compile",
        mixinStandardHelpOptions = true,
        description = "Compile constitution files into a signed bundle that runtimes load.")
final class CompileCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "NAME.bundle",
            description = "The bundle file to write (replaced if it exists; missing directories are created).")
    private Path output;

    @Option(
            names = "--key",
            required = true,
            paramLabel = "KEYFILE",
            description = "Private key file that signs the bundle (from keys generate).")
    private Path keyFile;

    @Option(
            names = "--no-analysis",
            description = "Skip the solver's analyses; the bundle then records no analysis summary.")
    private boolean noAnalysis;

    @Option(
            names = "--allow-errors",
            description = "Sign even though the analysis found errors (conflicts, refuted assertions, inconclusive "
                    + "queries). Prints a warning; the bundle's analysis summary records the override.")
    private boolean allowErrors;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .charter files of one constitution.")
    private List<Path> files;

    @Override
    public Integer call() {
        SigningKey key = signingKey();
        List<SourceFile> sources = InputFiles.sources(files);
        Set<String> names = new HashSet<>();
        for (SourceFile source : sources) {
            if (!names.add(source.name())) {
                throw new InputProblem(source.name() + ": given twice");
            }
        }
        Compilation compilation = Compiler.compile(sources);
        PrintWriter out = spec.commandLine().getOut();
        List<Diagnostic> diagnostics = compilation.diagnostics();
        if (!diagnostics.isEmpty()) {
            out.println(TerminalText.lines(DiagnosticPrinter.render(diagnostics, sources)));
        }
        if (compilation.hasErrors() || compilation.program().isEmpty()) {
            long errors = diagnostics.stream().filter(Diagnostic::isError).count();
            out.printf("no bundle written: %d error%s%n", errors, errors == 1 ? "" : "s");
            return ExitStatus.FAILED;
        }
        Program program = compilation.program().get();
        BundleContent.Builder content = BundleContent.builder(program).compilerVersion(CharterVersion.current());
        sources.forEach(s -> content.source(s.name(), s.text()));
        AnalysisSummary analysis = null;
        if (!noAnalysis) {
            Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
            analysis = report.summary();
            if (report.failsCheck(false)) {
                long errors = report.findings().stream()
                        .filter(f -> f.severity(false) == Severity.ERROR)
                        .count();
                String found = errors + " error" + (errors == 1 ? "" : "s");
                if (!allowErrors) {
                    List<Diagnostic> findings = new ArrayList<>(FindingText.diagnostics(report, program, false));
                    findings.sort(Diagnostic.BY_POSITION);
                    out.print(DiagnosticText.render(findings, sources));
                    out.println(DiagnosticText.summary(findings, sources));
                    out.printf(
                            "no bundle written: the analysis found %s; fix %s, or sign anyway with --allow-errors%n",
                            found, errors == 1 ? "it" : "them");
                    return ExitStatus.FAILED;
                }
                spec.commandLine()
                        .getErr()
                        .printf(
                                "charter: warning: signing although the analysis found %s "
                                        + "(--allow-errors); the bundle records that errors were overridden%n",
                                found);
                analysis = analysis.withErrorsOverridden();
            }
        }
        content.analysis(analysis);
        byte[] bytes = BundleWriter.write(content.build(), key);
        Bundle bundle = readBack(bytes, key);
        AtomicFile.replace(output, bytes, ".tmp");
        Metadata metadata = program.metadata();
        out.printf(
                "wrote %s: %s version %d, %d rule%s, %d bytes%n",
                output,
                metadata.name(),
                metadata.version(),
                program.rules().size(),
                program.rules().size() == 1 ? "" : "s",
                bytes.length);
        out.printf("  digest %s%n", bundle.digest());
        out.printf("  signed by key %s%n", key.keyId());
        out.printf(
                "  analysis: %s%s%n",
                analysis == null ? "not run (--no-analysis)" : counts(analysis),
                analysis != null && analysis.errorsOverridden() ? " (errors overridden by --allow-errors)" : "");
        return ExitStatus.OK;
    }

    /** The kinds found, e.g. {@code 2 override, 1 assertion_proved}, or {@code no findings}. */
    private static String counts(AnalysisSummary analysis) {
        String found = analysis.counts().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map((Map.Entry<String, Integer> e) -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return found.isEmpty() ? "no findings" : found;
    }

    /**
     * Reads the bundle back as a runtime would, before writing it: a bundle that compiled but
     * would not load must fail here, not at deployment.
     */
    private static Bundle readBack(byte[] bytes, SigningKey key) {
        try {
            return BundleReader.read(bytes, TrustStore.of(List.of(key.publicKey())));
        } catch (BundleRejectedException e) {
            throw new IllegalStateException("the bundle written does not read back: " + e.getMessage(), e);
        }
    }

    private SigningKey signingKey() {
        try {
            return KeyFiles.readSigningKey(keyFile);
        } catch (IOException | KeyFormatException e) {
            throw FileProblem.of(e);
        }
    }
}
