package dev.charter.solver;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The solver's entry point: proves or refutes, with Z3, the properties of docs/language.md §10
 * for a compiled constitution — overrides, conflicts, unreachable rules, coverage holes,
 * overridden denies and assertions — and returns them as findings whose witnesses the runtime
 * has confirmed.
 *
 * <p>One Z3 context serves the whole run; each action gets its own incremental solver holding
 * the definitions of the rules that can fire on it, and every property is a push/check/pop
 * against it.
 */
public final class Analyzer {

    private final AnalysisOptions options;

    public Analyzer(AnalysisOptions options) {
        this.options = options;
    }

    public Report analyze(Program program) {
        List<Candidate> candidates = new ArrayList<>();
        try (Z3Session session =
                new Z3Session(options.queryTimeout(), options.archive().orElse(null))) {
            ValueCodec codec = new ValueCodec(session.context(), List.of(program.schema()));
            FactSlots slots = new FactSlots(codec, List.of(program));
            KnowledgeFactory.Encodings encodings = KnowledgeFactory.of(codec, program, options, slots);
            Map<String, ActionModels> models = new LinkedHashMap<>();
            for (ActionDecl action : program.schema().actions()) {
                models.put(action.name(), ActionModels.open(session, codec, program, encodings, slots, action));
            }
            RuleOverlaps overlaps = new RuleOverlaps();
            CoverageHoles holes = new CoverageHoles();
            for (ActionModels model : models.values()) {
                candidates.addAll(overlaps.analyse(model));
                candidates.addAll(holes.analyse(model));
            }
            candidates.addAll(new RuleReachability().analyse(program, models));
            AssertionProofs proofs = new AssertionProofs();
            for (Assertion assertion : program.assertions()) {
                candidates.add(proofs.analyse(assertion, models));
            }
        }
        RuntimeConfirmation confirmation = new RuntimeConfirmation(program, options.factSnapshot());
        List<Finding> findings = new ArrayList<>();
        for (Candidate candidate : candidates) {
            findings.add(confirmation.confirm(candidate));
        }
        return new Report(findings);
    }
}
