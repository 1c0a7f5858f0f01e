package dev.charter.solver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.Decision;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.ConstitutionMutations.Mutant;
import dev.charter.solver.DatalogScenarios.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs {@code charter check} ({@link Analyzer}) and {@code charter diff} ({@link VersionDiff}) on
 * a generated constitution and measures every claim against the runtime ({@link RuntimeTruth}):
 * proofs (assertion proved, rule unreachable, action equivalent) on random (request, snapshot)
 * pairs, and every witness on its own request and snapshot. What the runtime contradicts is a
 * {@link Violation} that carries everything needed to reproduce it.
 */
final class SoundnessAudit {

    /** How much runtime evidence to gather per constitution, and the solver's time per query. */
    record Settings(int snapshots, int requests, Duration queryTimeout) {
        AnalysisOptions options() {
            return AnalysisOptions.defaults().withQueryTimeout(queryTimeout);
        }
    }

    /** The kinds of unsound or failed claims. */
    enum Problem {
        PROVED_BUT_FALSE("proved-but-false"),
        UNREACHABLE_BUT_FIRES("unreachable-but-fires"),
        EQUIVALENT_BUT_DIFFERS("equivalent-but-differs"),
        REFUTED_BUT_HOLDS("refuted-but-holds"),
        WITNESS_NOT_CONFIRMED("witness-not-confirmed"),
        REPORTED_DISAGREEMENT("reported-disagreement"),
        EXCEPTION("exception");

        final String code;

        Problem(String code) {
            this.code = code;
        }
    }

    /** A claim the runtime contradicts (or a run that failed), with the constitution, snapshot and request. */
    record Violation(Problem problem, String claim, String reproduction) {
        @Override
        public String toString() {
            return problem.code + ": " + claim + "\n" + reproduction;
        }
    }

    /**
     * What one run found.
     *
     * @param outcomes     findings by kind ({@code assertion-proved}, ...) or diff verdicts by status ({@code diff-equivalent}, ...)
     * @param inconclusive inconclusive findings or actions by reason
     * @param completeness for the rules and assertions whose truth is known by construction (a rule
     *                     contradicting a clause, an assertion implied by one): how many there are and
     *                     how many the solver decided
     */
    record Audit(
            Map<String, Integer> outcomes,
            Map<String, Integer> inconclusive,
            Map<String, Integer> completeness,
            List<Violation> violations) {
        List<Violation> of(Problem problem) {
            return violations.stream().filter(v -> v.problem() == problem).toList();
        }
    }

    private final Settings settings;

    SoundnessAudit(Settings settings) {
        this.settings = settings;
    }

    /** {@code charter check}: claims for every fact snapshot. */
    Audit check(DatalogConstitution constitution) {
        return check(constitution, null);
    }

    /**
     * {@code charter check --facts}: claims for one random snapshot, measured on random requests
     * with that snapshot; a witness without facts stands for it.
     */
    Audit checkWithFacts(DatalogConstitution constitution) {
        Program program = constitution.compile();
        return check(
                constitution,
                DatalogScenarios.snapshot(program, constitution.pools(), new Random(constitution.seed() * 13 + 5)));
    }

    private Audit check(DatalogConstitution constitution, ObjectNode given) {
        Program program = constitution.compile();
        Audit audit = new Audit(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new ArrayList<>());
        String command = given == null ? "charter check" : "charter check --facts " + given;
        Report report;
        try {
            AnalysisOptions options =
                    given == null ? settings.options() : settings.options().withFacts(DatalogScenarios.parse(given));
            report = new Analyzer(options).analyze(program);
        } catch (RuntimeException | StackOverflowError e) {
            audit.violations()
                    .add(new Violation(Problem.EXCEPTION, command + " threw " + e, source(constitution) + stack(e)));
            return audit;
        }
        RuntimeTruth truth = new RuntimeTruth(program);
        List<Scenario> scenarios = new ArrayList<>(
                given == null
                        ? DatalogScenarios.scenarios(
                                program,
                                constitution.pools(),
                                constitution.seed() * 31 + 7,
                                settings.snapshots(),
                                settings.requests())
                        : DatalogScenarios.withFacts(
                                given,
                                constitution.pools(),
                                constitution.seed() * 31 + 7,
                                settings.snapshots() * settings.requests()));
        List<Assertion> proved = new ArrayList<>();
        List<DecisionRule> unreachable = new ArrayList<>();
        for (Finding finding : report.findings()) {
            audit.outcomes().merge(finding.kind().code(), 1, Integer::sum);
            String claim = (given == null ? "" : "with --facts: ")
                    + finding.kind().code() + " " + String.join(",", finding.rules())
                    + (finding.assertion() == null ? "" : " " + finding.assertion()) + ": " + finding.message();
            if (reportsDisagreement(finding.message())) {
                audit.violations().add(new Violation(Problem.REPORTED_DISAGREEMENT, claim, source(constitution)));
            }
            if (finding.kind() == FindingKind.INCONCLUSIVE) {
                audit.inconclusive().merge(reason(finding.message()), 1, Integer::sum);
            } else if (finding.kind() == FindingKind.ASSERTION_PROVED) {
                proved.add(program.assertions().stream()
                        .filter(a -> a.name().equals(finding.assertion()))
                        .findFirst()
                        .orElseThrow());
            } else if (finding.kind() == FindingKind.UNREACHABLE_RULE) {
                unreachable.add(program.rule(finding.rules().get(0)).orElseThrow());
            }
            if (finding.witness() != null) {
                ObjectNode facts =
                        finding.witness().facts() != null ? finding.witness().facts() : given;
                Scenario witness = new Scenario(finding.witness().request(), facts(facts));
                confirm(constitution, program, truth, finding, witness, claim).ifPresent(audit.violations()::add);
                scenarios.addAll(DatalogScenarios.withFacts(
                        witness.facts(),
                        constitution.pools(),
                        constitution.seed() + scenarios.size(),
                        settings.requests()));
            }
        }
        known(audit, program, proved, unreachable);
        Set<String> contradicted = new LinkedHashSet<>();
        for (Scenario scenario : scenarios) {
            Decision decision = truth.decide(scenario);
            for (Assertion assertion : proved) {
                if (!contradicted.contains(assertion.name()) && !truth.holds(assertion, scenario, decision)) {
                    contradicted.add(assertion.name());
                    audit.violations()
                            .add(new Violation(
                                    Problem.PROVED_BUT_FALSE,
                                    command + ": assertion " + assertion.name()
                                            + " was reported proved, but fails when the runtime decides "
                                            + describe(decision),
                                    source(constitution) + scenario));
                }
            }
            for (DecisionRule rule : unreachable) {
                if (!contradicted.contains(rule.name()) && truth.wins(rule, scenario)) {
                    contradicted.add(rule.name());
                    audit.violations()
                            .add(new Violation(
                                    Problem.UNREACHABLE_BUT_FIRES,
                                    command + ": rule " + rule.name()
                                            + " was reported unreachable, but the runtime decides "
                                            + describe(decision),
                                    source(constitution) + scenario));
                }
            }
        }
        return audit;
    }

    /** Counts the dead rules and implied assertions the generator made, and how many the solver reported so. */
    private static void known(Audit audit, Program program, List<Assertion> proved, List<DecisionRule> unreachable) {
        for (DecisionRule rule : program.rules()) {
            if (rule.name().startsWith(RandomDatalogConstitutions.DEAD)) {
                audit.completeness().merge("dead rules", 1, Integer::sum);
                audit.completeness()
                        .merge("dead rules reported unreachable", unreachable.contains(rule) ? 1 : 0, Integer::sum);
            }
        }
        for (Assertion assertion : program.assertions()) {
            if (assertion.name().startsWith(RandomAssertions.IMPLIED)) {
                audit.completeness().merge("implied assertions", 1, Integer::sum);
                audit.completeness()
                        .merge("implied assertions proved", proved.contains(assertion) ? 1 : 0, Integer::sum);
            }
        }
    }

    Audit diff(DatalogConstitution constitution, Mutant mutant) {
        Program before = constitution.compile();
        Program after = mutant.version().compile();
        String reproduction = source(constitution) + "second version (" + mutant.change() + "):\n"
                + mutant.version().source();
        Audit audit = new Audit(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new ArrayList<>());
        DiffReport diff;
        try {
            diff = new VersionDiff(settings.options()).compare(before, after);
        } catch (RuntimeException | StackOverflowError e) {
            audit.violations()
                    .add(new Violation(Problem.EXCEPTION, "charter diff threw " + e, reproduction + stack(e)));
            return audit;
        }
        RuntimeTruth old = new RuntimeTruth(before);
        RuntimeTruth now = new RuntimeTruth(after);
        List<Scenario> scenarios = new ArrayList<>(DatalogScenarios.scenarios(
                before, constitution.pools(), constitution.seed() * 17 + 3, settings.snapshots(), settings.requests()));
        Set<String> equivalent = new LinkedHashSet<>();
        for (ActionChange change : diff.actions()) {
            audit.outcomes().merge("diff-" + change.status().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            String claim =
                    change.action() + " " + change.status().name().toLowerCase(Locale.ROOT) + ": " + change.message();
            if (reportsDisagreement(change.message())) {
                audit.violations().add(new Violation(Problem.REPORTED_DISAGREEMENT, claim, reproduction));
            }
            switch (change.status()) {
                case INCONCLUSIVE -> audit.inconclusive().merge("diff: " + reason(change.message()), 1, Integer::sum);
                case EQUIVALENT -> equivalent.add(change.action());
                default -> {}
            }
            for (ActionChange.Example example : change.examples()) {
                Scenario witness = new Scenario(example.request(), facts(example.facts()));
                Decision was = old.decide(witness);
                Decision is = now.decide(witness);
                if (!sameOutcome(was, example.before()) || !sameOutcome(is, example.after()) || sameOutcome(was, is)) {
                    audit.violations()
                            .add(new Violation(
                                    Problem.WITNESS_NOT_CONFIRMED,
                                    claim + " — the runtime decides " + describe(was) + " before and " + describe(is)
                                            + " after",
                                    reproduction + witness));
                }
                scenarios.addAll(DatalogScenarios.withFacts(
                        witness.facts(),
                        constitution.pools(),
                        constitution.seed() + scenarios.size(),
                        settings.requests()));
            }
        }
        for (Scenario scenario : scenarios) {
            String action = scenario.request().get("action").asText();
            if (equivalent.contains(action)) {
                Decision was = old.decide(scenario);
                Decision is = now.decide(scenario);
                if (!sameOutcome(was, is)) {
                    equivalent.remove(action);
                    audit.violations()
                            .add(new Violation(
                                    Problem.EQUIVALENT_BUT_DIFFERS,
                                    action
                                            + " was reported equivalent, but the runtime decides " + describe(was)
                                            + " before and "
                                            + describe(is) + " after",
                                    reproduction + scenario));
                }
            }
        }
        return audit;
    }

    /** Whether the runtime reproduces the witness: the decision it states, and what its kind of finding says. */
    private static Optional<Violation> confirm(
            DatalogConstitution constitution,
            Program program,
            RuntimeTruth truth,
            Finding finding,
            Scenario witness,
            String claim) {
        Decision decision = truth.decide(witness);
        Problem kind = Problem.WITNESS_NOT_CONFIRMED;
        String problem = null;
        if (!sameOutcome(decision, finding.witness().decision())) {
            problem = "the runtime decides " + describe(decision) + " where the witness states "
                    + finding.witness().decision();
        } else {
            switch (finding.kind()) {
                case ASSERTION_REFUTED -> {
                    Assertion assertion = program.assertions().stream()
                            .filter(a -> a.name().equals(finding.assertion()))
                            .findFirst()
                            .orElseThrow();
                    if (truth.holds(assertion, witness, decision)) {
                        kind = Problem.REFUTED_BUT_HOLDS;
                        problem = "the assertion holds on its counterexample";
                    }
                }
                case COVERAGE_HOLE -> {
                    if (decision.reasonCode() != ReasonCode.DEFAULT) {
                        problem = "the witness is not left to the default";
                    }
                }
                case UNREACHABLE_RULE -> {
                    DecisionRule rule = program.rule(finding.rules().get(0)).orElseThrow();
                    if (!truth.matches(rule, witness) || truth.wins(rule, witness)) {
                        problem = "the rule does not match its witness, or wins on it";
                    }
                }
                default -> {
                    for (String name : finding.rules()) {
                        if (problem == null && !truth.matches(program.rule(name).orElseThrow(), witness)) {
                            problem = "rule " + name + " does not match the witness";
                        }
                    }
                }
            }
        }
        return problem == null
                ? Optional.empty()
                : Optional.of(new Violation(kind, claim + " — " + problem, source(constitution) + witness));
    }

    private static boolean sameOutcome(Decision decision, JsonNode stated) {
        JsonNode route = stated.get("route");
        return decision.effect().keyword().equals(stated.get("decision").asText())
                && Objects.equals(decision.route(), route == null || route.isNull() ? null : route.asText());
    }

    private static boolean sameOutcome(Decision a, Decision b) {
        return a.effect() == b.effect() && Objects.equals(a.route(), b.route());
    }

    static boolean reportsDisagreement(String message) {
        return message.contains("disagreement") || message.contains("please report");
    }

    /** Why a finding or action is inconclusive, as a short stable label. */
    static String reason(String message) {
        if (message.contains("no fact snapshot") || message.contains("no snapshot with at most")) {
            return "no fact snapshot found";
        }
        if (message.contains("recursion unfolded only")) {
            return "witness not realised (bounded recursion)";
        }
        if (message.contains("disagreement")) {
            return "runtime did not confirm the witness";
        }
        if (message.contains("Z3 answered unknown")) {
            return message.contains("timeout") || message.contains("canceled") ? "Z3 timeout" : "Z3 unknown";
        }
        if (message.contains("exact")) {
            return "no request with exact values";
        }
        return "other";
    }

    private static ObjectNode facts(ObjectNode facts) {
        return facts == null ? DatalogScenarios.emptySnapshot() : facts;
    }

    private static String describe(Decision decision) {
        return decision.effect().keyword() + (decision.route() == null ? "" : " to \"" + decision.route() + "\"") + " ("
                + decision.reasonCode().keyword() + ", rules " + decision.rules() + ")";
    }

    private static String source(DatalogConstitution constitution) {
        return "constitution (seed " + constitution.seed() + "):\n" + constitution.source();
    }

    private static String stack(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
