package dev.charter.proofs.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which decision rules of a tested constitution decided at least one test case of a run, and
 * which none did: a rule no test makes decide is a rule whose effect no test pins down.
 *
 * @param rules     every rule of the constitution, in source order
 * @param undecided the rules no test case's decision named, in source order
 */
public record RuleCoverage(String constitution, List<String> rules, List<String> undecided) {

    public RuleCoverage {
        rules = List.copyOf(rules);
        undecided = List.copyOf(undecided);
    }

    /** The rules that decided at least one test. */
    public int decided() {
        return rules.size() - undecided.size();
    }

    /** One coverage per constitution the runs tested, in the order first tested, over all the runs that tested it. */
    public static List<RuleCoverage> of(List<SuiteRun> runs) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        Map<String, Set<String>> decided = new LinkedHashMap<>();
        for (SuiteRun run : runs) {
            run.constitution().ifPresent(tested -> {
                rules.putIfAbsent(tested.name(), tested.rules());
                Set<String> deciding = decided.computeIfAbsent(tested.name(), name -> new LinkedHashSet<>());
                run.outcomes()
                        .forEach(outcome -> outcome.actual().ifPresent(actual -> deciding.addAll(actual.rules())));
            });
        }
        List<RuleCoverage> coverage = new ArrayList<>();
        rules.forEach((name, all) -> coverage.add(new RuleCoverage(
                name,
                all,
                all.stream().filter(rule -> !decided.get(name).contains(rule)).toList())));
        return coverage;
    }
}
