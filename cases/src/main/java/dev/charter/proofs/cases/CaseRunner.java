package dev.charter.proofs.cases;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.InvalidFactsException;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.datalog.BudgetExceededException;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.solver.AnalysisOptions;
import dev.charter.solver.Analyzer;
import dev.charter.solver.Finding;
import dev.charter.solver.FindingKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@code *.charter-test} files: compiles the constitution each names, attaches each test's
 * facts to an engine for the compiled program, decides its request and compares the decision
 * with the expectation. The first time a run meets a constitution it also has the solver prove
 * or refute the constitution's assertions. Problems with the files (unreadable, malformed, a
 * constitution that does not compile) are results, never exceptions.
 *
 * <p>One runner serves one run; it remembers which constitutions it has analysed.
 */
public final class CaseRunner {

    /** The reason codes of decisions the constitution made; every other code is a fail-closed DENY. */
    private static final Set<ReasonCode> DECIDED_BY_THE_CONSTITUTION =
            EnumSet.of(ReasonCode.RULE, ReasonCode.DEFAULT, ReasonCode.CONFLICT);

    private final Optional<Analyzer> analyzer;
    private final Set<List<Path>> analysed = new HashSet<>();
    /** Signs the scratch ledgers of tests with history; made on first use. */
    private SigningKey key;

    private CaseRunner(Optional<Analyzer> analyzer) {
        this.analyzer = analyzer;
    }

    /** A runner that decides the tests' requests and proves each constitution's assertions. */
    public static CaseRunner withAssertions(AnalysisOptions options) {
        return new CaseRunner(Optional.of(new Analyzer(options)));
    }

    /** A runner that only decides the tests' requests. */
    public static CaseRunner decisionsOnly() {
        return new CaseRunner(Optional.empty());
    }

    /** Runs one test file; the files it names are resolved against its directory. */
    public SuiteRun run(Path testFile) {
        String name = testFile.toString();
        CaseFile file;
        try {
            file = CaseFile.parse(name, Files.readString(testFile, StandardCharsets.UTF_8));
        } catch (CaseFileException e) {
            return SuiteRun.broken(name, e.getMessage());
        } catch (IOException e) {
            return SuiteRun.broken(name, name + ": cannot be read (" + describe(e) + ")");
        }
        Path directory = testFile.toAbsolutePath().getParent();
        try {
            List<Path> constitution = constitutionFiles(directory, file);
            Program program = compile(directory, file, constitution);
            List<AssertionOutcome> assertions = analysed.add(constitution) ? assertions(file, program) : List.of();
            Engine engine = Engine.forProgram(program);
            boolean readsHistory = !program.historyQueries().isEmpty();
            Optional<FactsSource> attached = Optional.empty();
            boolean attachedCleanly = false;
            List<CaseOutcome> outcomes = new ArrayList<>();
            for (TestCase test : file.tests()) {
                Optional<FactsSource> facts = test.facts().or(file::facts);
                long start = System.nanoTime();
                if (!attachedCleanly || !facts.equals(attached)) {
                    Optional<String> problem = attach(engine, program, directory, facts);
                    attached = facts;
                    attachedCleanly = problem.isEmpty();
                    if (problem.isPresent()) {
                        outcomes.add(new CaseOutcome(
                                name,
                                test,
                                Optional.empty(),
                                List.of(),
                                problem,
                                Duration.ofNanos(System.nanoTime() - start)));
                        continue;
                    }
                }
                outcomes.add(
                        readsHistory || !test.earlier().isEmpty()
                                ? decideOverHistory(name, engine, test, start)
                                : decide(name, engine, test, start));
            }
            return new SuiteRun(
                    name,
                    Optional.of(tested(testFile, directory, constitution, program)),
                    outcomes,
                    assertions,
                    Optional.empty());
        } catch (SuiteProblem e) {
            return SuiteRun.broken(name, e.getMessage());
        }
    }

    private static CaseOutcome decide(String name, Engine engine, TestCase test, long start) {
        return outcome(name, test, engine.explainJson(test.requestJson()), List.of(), start);
    }

    /**
     * Decides the test's earlier requests in order into a scratch ledger, each at its time, with
     * each resolution recorded at its time (before any request of the same or a later time), then
     * the test's request against that ledger. An earlier decision that misses its expectation is a
     * mismatch; one denied with an error reason code that no expectation states, or a resolution
     * of a decision that did not escalate, fails the test with its position.
     */
    private CaseOutcome decideOverHistory(String name, Engine engine, TestCase test, long start) {
        Optional<Instant> own = timeOf(test.requestJson());
        Instant opening = test.earlier().isEmpty()
                ? own.orElse(Instant.EPOCH)
                : test.earlier().get(0).time();
        List<Mismatch> mismatches = new ArrayList<>();
        try (ScratchLedger ledger = ScratchLedger.open(engine, key(), opening)) {
            List<PendingResolution> pending = new ArrayList<>();
            Instant last = opening;
            for (int i = 0; i < test.earlier().size(); i++) {
                EarlierRequest entry = test.earlier().get(i);
                resolve(ledger, pending, entry.time());
                RecordedDecision recorded = ledger.decide(Request.parse(entry.requestJson()), entry.time());
                mismatches.addAll(checkEarlier(i + 1, entry, recorded.decision()));
                if (entry.resolution().isPresent()) {
                    if (recorded.decision().effect() != Effect.ESCALATE) {
                        throw new SuiteProblem(entry.resolution().get().line() + ":"
                                + entry.resolution().get().column() + ": the earlier request was decided "
                                + recorded.decision().effect().keyword() + ", not escalated, so there is nothing to "
                                + (entry.resolution().get().approved() ? "approve" : "deny"));
                    }
                    pending.add(new PendingResolution(entry.resolution().get(), recorded.seq()));
                }
                last = entry.time();
            }
            Instant at = own.orElse(
                    pending.stream().map(p -> p.resolution().time()).reduce(last, (a, b) -> a.isAfter(b) ? a : b));
            resolve(ledger, pending, at);
            Decision decision = decideOwn(ledger, test.requestJson(), at);
            return outcome(name, test, decision, mismatches, start);
        } catch (SuiteProblem e) {
            return failed(name, test, name + ":" + e.getMessage(), start);
        } catch (IOException | LedgerException e) {
            return failed(name, test, "the test's scratch ledger failed: " + e.getMessage(), start);
        }
    }

    /** The test's own request, explained when it can be read; one that cannot be read is recorded as a DENY. */
    private static Decision decideOwn(ScratchLedger ledger, String json, Instant at) {
        Request request;
        try {
            request = Request.parse(json).explained();
        } catch (RuntimeException e) {
            return ledger.decideJson(json, at).decision();
        }
        return ledger.decide(request, at).decision();
    }

    /** Records, in time order, every pending resolution at or before {@code until}. */
    private static void resolve(ScratchLedger ledger, List<PendingResolution> pending, Instant until)
            throws LedgerException {
        List<PendingResolution> due = pending.stream()
                .filter(p -> !p.resolution().time().isAfter(until))
                .sorted(Comparator.comparing(p -> p.resolution().time()))
                .toList();
        for (PendingResolution resolution : due) {
            ledger.resolve(
                    resolution.seq(),
                    resolution.resolution().approved(),
                    resolution.resolution().time());
            pending.remove(resolution);
        }
    }

    /**
     * What an earlier decision got wrong: the parts of its expectation it missed; without an
     * expectation, a denial with an error reason code (the request is not one the constitution reads).
     */
    private static List<Mismatch> checkEarlier(int ordinal, EarlierRequest entry, Decision decision) {
        String where = "earlier request " + ordinal + " (" + entry.line() + ":" + entry.column() + ")";
        if (entry.expectation().isPresent()) {
            return entry.expectation().get().mismatches(actual(decision)).stream()
                    .map(m -> new Mismatch(where + ", " + m.part(), m.expected(), m.actual()))
                    .toList();
        }
        if (!DECIDED_BY_THE_CONSTITUTION.contains(decision.reasonCode())) {
            throw new SuiteProblem(
                    entry.line() + ":" + entry.column() + ": the earlier request was denied with reason code "
                            + decision.reasonCode().keyword() + " (" + decision.reason()
                            + "); if that is intended, say so: expect deny code "
                            + decision.reasonCode().keyword());
        }
        return List.of();
    }

    private static Optional<Instant> timeOf(String json) {
        try {
            return Optional.ofNullable(Request.parse(json).time());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private SigningKey key() {
        if (key == null) {
            key = SigningKey.generate();
        }
        return key;
    }

    private static CaseOutcome outcome(
            String name, TestCase test, Decision decision, List<Mismatch> earlier, long start) {
        ActualDecision actual = actual(decision);
        List<Mismatch> mismatches = new ArrayList<>(earlier);
        mismatches.addAll(test.expectation().mismatches(actual));
        for (AggregateExpectation aggregate : test.aggregates()) {
            aggregate.mismatch(decision.trace().history()).ifPresent(mismatches::add);
        }
        return new CaseOutcome(
                name,
                test,
                Optional.of(actual),
                mismatches,
                Optional.empty(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static CaseOutcome failed(String name, TestCase test, String why, long start) {
        return new CaseOutcome(
                name, test, Optional.empty(), List.of(), Optional.of(why), Duration.ofNanos(System.nanoTime() - start));
    }

    private static ActualDecision actual(Decision decision) {
        return new ActualDecision(
                decision.effect(),
                Optional.ofNullable(decision.route()),
                decision.rules(),
                Optional.ofNullable(decision.reason()),
                decision.reasonCode().keyword(),
                decision.toJson());
    }

    /** A resolution the test gave, waiting for its time, and the escalation's record. */
    private record PendingResolution(EarlierRequest.Resolution resolution, long seq) {}

    private static Optional<String> attach(
            Engine engine, Program program, Path directory, Optional<FactsSource> facts) {
        try {
            engine.attach(snapshot(program, directory, facts));
            return Optional.empty();
        } catch (SuiteProblem | InvalidFactsException e) {
            return Optional.of(e.getMessage());
        } catch (BudgetExceededException e) {
            return Optional.of("the facts were refused: " + e.getMessage());
        }
    }

    /** The test's facts, read as every tool reads a facts file: parsed and typed against the program. */
    private static FactSnapshot snapshot(Program program, Path directory, Optional<FactsSource> facts) {
        if (facts.isEmpty()) {
            return FactSnapshot.empty();
        }
        if (facts.get() instanceof FactsSource.Inline) {
            return FactSnapshot.parse(
                    "the test's facts",
                    ((FactsSource.Inline) facts.get()).snapshot().toString().getBytes(StandardCharsets.UTF_8),
                    List.of(program));
        }
        String path = ((FactsSource.File) facts.get()).path();
        try {
            return FactSnapshot.parse(path, Files.readAllBytes(directory.resolve(path)), List.of(program));
        } catch (IOException e) {
            throw new SuiteProblem(path + ": cannot be read (" + describe(e) + ")");
        }
    }

    /** The solver's verdict on every assertion, against what the file expects. */
    private List<AssertionOutcome> assertions(CaseFile file, Program program) {
        if (analyzer.isEmpty() || program.assertions().isEmpty()) {
            return List.of();
        }
        List<Finding> findings;
        try {
            findings = analyzer.get().analyze(program).findings();
        } catch (RuntimeException | LinkageError e) {
            return program.assertions().stream()
                    .map(a -> new AssertionOutcome(
                            a.name(),
                            file.expectedVerdict(a.name()),
                            "inconclusive",
                            "the solver could not run (" + e + ")",
                            Optional.empty()))
                    .toList();
        }
        List<AssertionOutcome> outcomes = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.assertion() == null) {
                continue;
            }
            String verdict = finding.kind() == FindingKind.ASSERTION_PROVED
                    ? "proved"
                    : finding.kind() == FindingKind.ASSERTION_REFUTED ? "refuted" : "inconclusive";
            outcomes.add(new AssertionOutcome(
                    finding.assertion(),
                    file.expectedVerdict(finding.assertion()),
                    verdict,
                    finding.message(),
                    finding.witnessRequest().map(w -> w.request().toString())));
        }
        return outcomes;
    }

    /** The constitution as this run names it: the test file's directory as given, joined with each file. */
    private static TestedConstitution tested(Path testFile, Path directory, List<Path> constitution, Program program) {
        Path given = testFile.getParent() == null ? Path.of("") : testFile.getParent();
        String name = constitution.stream()
                .map(p -> given.resolve(directory.relativize(p)).normalize().toString())
                .collect(Collectors.joining(", "));
        return new TestedConstitution(
                name,
                program.rules().stream().map(DecisionRule::name).distinct().toList());
    }

    private static Program compile(Path directory, CaseFile file, List<Path> constitution) {
        List<SourceFile> sources = new ArrayList<>();
        for (Path path : constitution) {
            String shown = file.constitution().isEmpty()
                    ? path.getFileName().toString()
                    : directory.relativize(path).toString();
            try {
                sources.add(new SourceFile(shown, Files.readString(path, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new SuiteProblem(shown + ": cannot be read (" + describe(e) + ")");
            }
        }
        Compilation compilation = Compiler.compile(sources);
        if (compilation.program().isEmpty()) {
            throw new SuiteProblem("the constitution does not compile:\n"
                    + compilation.diagnostics().stream()
                            .filter(Diagnostic::isError)
                            .map(d -> d.span() + ": " + d.severity().keyword() + "["
                                    + d.code().code() + "]: " + d.message())
                            .collect(Collectors.joining("\n")));
        }
        return compilation.program().get();
    }

    private static List<Path> constitutionFiles(Path directory, CaseFile file) {
        if (!file.constitution().isEmpty()) {
            return file.constitution().stream()
                    .map(p -> directory.resolve(p).normalize())
                    .toList();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> found = entries.filter(p -> p.getFileName().toString().endsWith(".charter"))
                    .sorted()
                    .toList();
            if (found.isEmpty()) {
                throw new SuiteProblem(
                        "no constitution: name one with `constitution \"FILE.charter\"` or put the .charter files beside the test file");
            }
            return found;
        } catch (IOException e) {
            throw new SuiteProblem(directory + ": cannot be listed (" + describe(e) + ")");
        }
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : e.getMessage();
    }

    /** Why a whole test file, or one test's facts, cannot run; caught within this class. */
    private static final class SuiteProblem extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SuiteProblem(String message) {
            super(message, null, false, false);
        }
    }
}
