package dev.charter.proofs.regression;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.proofs.cases.HistoryRealization;
import dev.charter.proofs.cases.HistoryRealizer;
import dev.charter.proofs.cases.RealizedHistory;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.AnalysisOptions;
import dev.charter.solver.Analyzer;
import dev.charter.solver.Finding;
import dev.charter.solver.Report;
import dev.charter.solver.Witness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the solver's witnesses into a {@code *.charter-test} file ({@code charter check
 * --emit-tests DIR}), one test per finding that carries a witness, so that the request which
 * showed a defect stays in the test suite after the defect is fixed. Each test expects the
 * decision the runtime reaches on the witness today; the file says so, and the reviewer edits an
 * {@code expect} line to the decision wanted once the constitution is fixed. A witness over a
 * history gets the earlier requests {@link HistoryRealizer} found as an {@code earlier} block, and
 * an {@code expect} line for each history term its decision reads; when none were found, a
 * comment says so and the test decides the witness over an empty history.
 */
public final class WitnessTests {

    /** The most repeats one {@code N times} line of an {@code earlier} block holds. */
    private static final int MOST_TIMES = 1000;

    private WitnessTests() {}

    /**
     * Compiles and analyses the constitution, then writes its witnesses as {@link #emit(Program,
     * Report, List, Path)} does; empty when it does not compile (its diagnostics say why) or no
     * finding has a witness.
     */
    public static Optional<Path> emit(List<SourceFile> sources, List<Path> constitution, Path directory)
            throws IOException {
        Optional<Program> program = Compiler.compile(sources).program();
        if (program.isEmpty()) {
            return Optional.empty();
        }
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program.get());
        return emit(program.get(), report, constitution, directory);
    }

    /**
     * Writes {@code DIR/<first constitution file's stem>.findings.charter-test}; empty (and writes
     * nothing) when no finding has a witness.
     *
     * @param constitution the constitution's files, named in the test file relative to {@code directory}
     */
    public static Optional<Path> emit(Program program, Report report, List<Path> constitution, Path directory)
            throws IOException {
        List<Finding> witnessed = report.findings().stream()
                .filter(f -> f.witnessRequest().isPresent())
                .toList();
        if (witnessed.isEmpty()) {
            return Optional.empty();
        }
        Files.createDirectories(directory);
        String stem = constitution.get(0).getFileName().toString().replaceFirst("\\.charter$", "");
        Path file = directory.resolve(stem + ".findings.charter-test");
        Files.writeString(file, text(program, witnessed, constitution, directory), StandardCharsets.UTF_8);
        return Optional.of(file);
    }

    static String text(Program program, List<Finding> witnessed, List<Path> constitution, Path directory) {
        StringBuilder out = new StringBuilder();
        out.append("// Regression tests written by `charter check --emit-tests` from the solver's witnesses.\n")
                .append("// Each `expect` line records what the constitution decides on the witness today:\n")
                .append("// once a finding is fixed, change its line to the decision you want, and keep the test.\n");
        out.append("constitution ");
        for (int i = 0; i < constitution.size(); i++) {
            Path relative = directory
                    .toAbsolutePath()
                    .normalize()
                    .relativize(constitution.get(i).toAbsolutePath().normalize());
            out.append(i == 0 ? "" : ", ").append(quoted(relative.toString().replace('\\', '/')));
        }
        out.append('\n');
        Engine engine = Engine.forProgram(program);
        Set<String> names = new HashSet<>();
        for (Finding finding : witnessed) {
            Witness witness = finding.witnessRequest().orElseThrow();
            FactSnapshot facts = witness.factSnapshot()
                    .map(f -> FactSnapshot.parse(f.toString().getBytes(StandardCharsets.UTF_8)))
                    .orElse(FactSnapshot.empty());
            engine.attach(facts);
            out.append('\n')
                    .append("// ")
                    .append(finding.message().replace('\n', ' '))
                    .append('\n');
            Decision decision;
            Optional<RealizedHistory> history = Optional.empty();
            if (program.historyQueries().isEmpty()) {
                decision = engine.explainJson(witness.request().toString());
            } else {
                HistoryRealization realization = HistoryRealizer.realize(program, witness);
                if (realization instanceof HistoryRealization.Realized realized) {
                    history = Optional.of(realized.history());
                } else {
                    out.append("// history not realized (")
                            .append(((HistoryRealization.NotRealized) realization)
                                    .reason()
                                    .replace('\n', ' '))
                            .append("): the test decides the witness over an empty history\n");
                }
                decision = HistoryRealizer.decide(
                        program, facts, history.orElse(new RealizedHistory(List.of())), witness.request());
            }
            out.append("test ").append(quoted(unique(name(finding), names))).append(" {\n");
            out.append("  facts ")
                    .append(witness.factSnapshot().map(ObjectNode::toString).orElse(emptySnapshot()))
                    .append('\n');
            history.ifPresent(h -> out.append(earlier(h)));
            out.append("  request ").append(witness.request().toString()).append('\n');
            out.append("  expect ").append(expectation(decision)).append('\n');
            if (history.isPresent()) {
                aggregates(decision)
                        .forEach(a -> out.append("  expect ").append(a).append('\n'));
            }
            out.append("}\n");
        }
        return out.toString();
    }

    /**
     * The realized history as an {@code earlier} block, runs of equal requests as {@code N times}
     * (at most {@value #MOST_TIMES} a line), each approved escalation with its {@code approved at}.
     */
    static String earlier(RealizedHistory history) {
        if (history.entries().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("  earlier {\n");
        List<RealizedHistory.Entry> entries = history.entries();
        int i = 0;
        while (i < entries.size()) {
            RealizedHistory.Entry entry = entries.get(i);
            int run = 1;
            while (i + run < entries.size()
                    && run < MOST_TIMES
                    && entries.get(i + run).equals(entry)) {
                run++;
            }
            out.append("    ");
            if (run > 1) {
                out.append(run).append(" times ");
            }
            out.append("request ").append(entry.request().toString()).append('\n');
            if (entry.approved()) {
                out.append("      approved at ")
                        .append(entry.request().get("time").toString())
                        .append('\n');
            }
            i += run;
        }
        return out.append("  }\n").toString();
    }

    /** Each history term the decision read with its value, as {@code expect TERM = VALUE} states it. */
    private static List<String> aggregates(Decision decision) {
        Set<String> seen = new HashSet<>();
        return decision.trace().history().stream()
                .map(read -> read.term() + " = " + read.value())
                .filter(seen::add)
                .toList();
    }

    private static String emptySnapshot() {
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        empty.putObject("relations");
        return empty.toString();
    }

    private static String name(Finding finding) {
        StringBuilder name = new StringBuilder(finding.kind().code());
        if (finding.assertion() != null) {
            name.append(' ').append(finding.assertion());
        }
        if (!finding.rules().isEmpty()) {
            name.append(' ').append(String.join(", ", finding.rules()));
        }
        if (finding.action() != null) {
            name.append(" on ").append(finding.action());
        }
        return name.toString();
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + " #" + n;
        }
        return candidate;
    }

    /** The decision as an {@code expect} line: effect, route, and the deciding rules or the reason code. */
    static String expectation(Decision decision) {
        StringBuilder line = new StringBuilder(decision.effect().keyword());
        if (decision.effect() == Effect.ESCALATE && decision.route() != null) {
            line.append(" to ").append(quoted(decision.route()));
        }
        if (decision.reasonCode() == ReasonCode.RULE) {
            line.append(" by ").append(String.join(", ", decision.rules()));
        } else if (decision.reasonCode() == ReasonCode.DEFAULT) {
            line.append(" by default");
        } else {
            line.append(" code ").append(decision.reasonCode().keyword());
        }
        return line.toString();
    }

    private static String quoted(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }
}
