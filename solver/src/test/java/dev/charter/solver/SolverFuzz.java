package dev.charter.solver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.solver.ConstitutionMutations.Mutant;
import dev.charter.solver.SoundnessAudit.Audit;
import dev.charter.solver.SoundnessAudit.Problem;
import dev.charter.solver.SoundnessAudit.Settings;
import dev.charter.solver.SoundnessAudit.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The solver fuzz: runs N random Datalog constitutions ({@link RandomDatalogConstitutions})
 * through {@code charter check}, {@code charter check --facts} (one random snapshot) and, against
 * a mutated second version, {@code charter diff}, and
 * measures every claim against the runtime ({@link SoundnessAudit}). Progress goes to stderr; the
 * summary to stdout, as text or with {@code --json} as one JSON object. Run it with
 * {@code bench/solver-fuzz} (docs/testing.md).
 *
 * <pre>
 *   --n N            constitutions (default 250)
 *   --seed S         base seed (default 1); constitution i has seed S * 100000 + i
 *   --only SEED      one constitution, by its own seed, printing every violation in full
 *   --snapshots K    random fact snapshots per constitution (default 16)
 *   --requests R     random requests per snapshot (default 10)
 *   --timeout-ms T   Z3's time per query (default 5000)
 *   --json           the summary as JSON
 *   --examples       append the first reproduction of each kind of violation to the summary
 * </pre>
 */
public final class SolverFuzz {

    /** How many seeds of constitutions with a kind of violation the text summary lists, for {@code --only}. */
    private static final int SEEDS_SHOWN = 8;

    private int count = 250;
    private long seed = 1;
    private Long only;
    private int snapshots = 16;
    private int requests = 10;
    private long timeoutMillis = 5000;
    private boolean json;
    private boolean examples;

    private final Map<String, Integer> findings = new TreeMap<>();
    private final Map<String, Integer> factsFindings = new TreeMap<>();
    private final Map<String, Integer> verdicts = new TreeMap<>();
    private final Map<String, Integer> changes = new TreeMap<>();
    private final Map<String, Integer> inconclusive = new TreeMap<>();
    private final Map<String, Integer> completeness = new TreeMap<>();
    private final Map<String, Integer> violations = new LinkedHashMap<>();
    private final Map<String, List<Long>> affected = new LinkedHashMap<>();
    private final Map<String, Violation> first = new LinkedHashMap<>();
    private int constitutions;
    private int withoutSnapshot;
    private long checkMillis;
    private long factsMillis;
    private long diffMillis;

    public static void main(String[] args) {
        SolverFuzz fuzz = new SolverFuzz();
        fuzz.parse(args);
        fuzz.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--n" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--only" -> only = Long.parseLong(args[++i]);
                case "--snapshots" -> snapshots = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--timeout-ms" -> timeoutMillis = Long.parseLong(args[++i]);
                case "--json" -> json = true;
                case "--examples" -> examples = true;
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + " (--n, --seed, --only, --snapshots, --requests, --timeout-ms, --json, --examples)");
            }
        }
        for (Problem problem : Problem.values()) {
            violations.put(problem.code, 0);
            affected.put(problem.code, new ArrayList<>());
        }
    }

    private void run() {
        SoundnessAudit audit = new SoundnessAudit(new Settings(snapshots, requests, Duration.ofMillis(timeoutMillis)));
        long start = System.nanoTime();
        int total = only == null ? count : 1;
        for (int i = 0; i < total; i++) {
            long constitutionSeed = only == null ? seed * 100_000 + i : only;
            DatalogConstitution constitution = RandomDatalogConstitutions.generate(constitutionSeed);
            Mutant mutant = ConstitutionMutations.mutate(constitution, constitutionSeed + 1);
            long t0 = System.nanoTime();
            Audit check = guarded(() -> audit.check(constitution), "check", constitution);
            long t1 = System.nanoTime();
            Audit withFacts = guarded(() -> audit.checkWithFacts(constitution), "check --facts", constitution);
            long t2 = System.nanoTime();
            Audit diff = guarded(() -> audit.diff(constitution, mutant), "diff", constitution);
            long t3 = System.nanoTime();
            checkMillis += (t1 - t0) / 1_000_000;
            factsMillis += (t2 - t1) / 1_000_000;
            diffMillis += (t3 - t2) / 1_000_000;
            constitutions++;
            Set<String> seen = new HashSet<>();
            record(check, findings, "", constitutionSeed, seen);
            record(withFacts, factsFindings, "--facts: ", constitutionSeed, seen);
            record(diff, verdicts, "", constitutionSeed, seen);
            changes.merge(kind(mutant.change()), 1, Integer::sum);
            if (check.inconclusive().containsKey("no fact snapshot found")
                    || diff.inconclusive().containsKey("diff: no fact snapshot found")) {
                withoutSnapshot++;
            }
            int found = check.violations().size()
                    + withFacts.violations().size()
                    + diff.violations().size();
            System.err.printf(
                    "[%d/%d] seed %d: %d findings, %s, %d violation%s%n",
                    i + 1,
                    total,
                    constitutionSeed,
                    check.outcomes().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum(),
                    mutant.change(),
                    found,
                    found == 1 ? "" : "s");
            if (only != null) {
                for (Audit each : List.of(check, withFacts, diff)) {
                    each.violations().forEach(v -> System.err.println(v + "\n"));
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.print(json ? toJson(millis) : toText(millis));
    }

    /** The audit, or one that records the exception it stopped with outside the solver (in the ground truth, the runtime). */
    private static Audit guarded(Supplier<Audit> run, String command, DatalogConstitution constitution) {
        try {
            return run.get();
        } catch (RuntimeException e) {
            return failed("measuring " + command + " against the runtime threw " + e, constitution);
        }
    }

    private static Audit failed(String what, DatalogConstitution constitution) {
        Audit audit = new Audit(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new ArrayList<>());
        audit.violations()
                .add(new Violation(
                        Problem.EXCEPTION,
                        what,
                        "constitution (seed " + constitution.seed() + "):\n" + constitution.source()));
        return audit;
    }

    private static String kind(String change) {
        if (change.equals("no change")) {
            return "none";
        }
        if (change.contains("dropped")) {
            return "drop body literal";
        }
        if (change.contains("priority")) {
            return "rule priority";
        }
        if (change.startsWith("rule")) {
            return "rule effect";
        }
        return change.contains("not ") ? "flip negation" : "clause constant";
    }

    /** Adds one audit's counts; {@code seen} holds the kinds of violation this constitution already counted. */
    private void record(
            Audit audit, Map<String, Integer> outcomes, String prefix, long constitutionSeed, Set<String> seen) {
        audit.outcomes().forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
        audit.inconclusive().forEach((k, v) -> inconclusive.merge(prefix + k, v, Integer::sum));
        audit.completeness().forEach((k, v) -> completeness.merge(prefix + k, v, Integer::sum));
        for (Violation violation : audit.violations()) {
            violations.merge(violation.problem().code, 1, Integer::sum);
            if (seen.add(violation.problem().code)) {
                affected.get(violation.problem().code).add(constitutionSeed);
            }
            first.putIfAbsent(violation.problem().code, violation);
        }
    }

    private String toText(long millis) {
        StringBuilder out = new StringBuilder();
        out.append("solver fuzz: ")
                .append(constitutions)
                .append(" random Datalog constitutions, seed ")
                .append(seed)
                .append(only == null ? "" : " (only " + only + ")")
                .append(", ")
                .append(snapshots)
                .append(" snapshots x ")
                .append(requests)
                .append(" requests each, Z3 timeout ")
                .append(timeoutMillis)
                .append(" ms\n\n");
        section(out, "check findings by kind", findings);
        section(out, "check --facts (one random snapshot) findings by kind", factsFindings);
        section(out, "diff verdicts by action", verdicts);
        section(out, "second versions", changes);
        section(out, "inconclusive by reason", inconclusive);
        out.append("completeness, on what is known by construction:\n");
        for (String prefix : List.of("", "--facts: ")) {
            String command = prefix.isEmpty() ? "check" : "check --facts";
            out.append(String.format(
                    "  %-14s dead rules (contradicting a clause) reported unreachable: %d of %d%n",
                    command,
                    completeness.getOrDefault(prefix + "dead rules reported unreachable", 0),
                    completeness.getOrDefault(prefix + "dead rules", 0)));
            out.append(String.format(
                    "  %-14s implied assertions (a clause instantiated) proved:        %d of %d%n",
                    command,
                    completeness.getOrDefault(prefix + "implied assertions proved", 0),
                    completeness.getOrDefault(prefix + "implied assertions", 0)));
        }
        out.append('\n');
        out.append("constitutions with an inconclusive 'no fact snapshot': ")
                .append(withoutSnapshot)
                .append(" of ")
                .append(constitutions)
                .append("\n\n");
        out.append("unsound or unconfirmed claims caught by the runtime (count / constitutions):\n");
        violations.forEach((k, v) -> {
            List<Long> seeds = affected.get(k);
            out.append(String.format(
                    "  %-24s %5d / %d%s%n",
                    k,
                    v,
                    seeds.size(),
                    seeds.isEmpty()
                            ? ""
                            : "   seeds "
                                    + seeds.stream()
                                            .limit(SEEDS_SHOWN)
                                            .map(String::valueOf)
                                            .reduce((a, b) -> a + " " + b)
                                            .orElse("")
                                    + (seeds.size() > SEEDS_SHOWN ? " ..." : "")));
        });
        out.append(String.format(
                "%ntime: %.1f s (check %.1f s, check --facts %.1f s, diff %.1f s)%n",
                millis / 1000.0, checkMillis / 1000.0, factsMillis / 1000.0, diffMillis / 1000.0));
        if (examples) {
            first.forEach((k, v) -> out.append("\n=== first ")
                    .append(k)
                    .append(" ===\n")
                    .append(v)
                    .append('\n'));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, Map<String, Integer> counts) {
        out.append(title).append(":\n");
        if (counts.isEmpty()) {
            out.append("  (none)\n");
        }
        counts.forEach((k, v) -> out.append(String.format("  %-40s %5d%n", k, v)));
        out.append('\n');
    }

    private String toJson(long millis) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("constitutions", constitutions);
        root.put("seed", seed);
        root.put("snapshots", snapshots);
        root.put("requests", requests);
        root.put("timeout_ms", timeoutMillis);
        root.set("findings", mapper.valueToTree(findings));
        root.set("findings_with_facts", mapper.valueToTree(factsFindings));
        root.set("diff", mapper.valueToTree(verdicts));
        root.set("second_versions", mapper.valueToTree(changes));
        root.set("inconclusive", mapper.valueToTree(inconclusive));
        root.set("completeness", mapper.valueToTree(completeness));
        root.put("constitutions_without_snapshot", withoutSnapshot);
        root.set("violations", mapper.valueToTree(violations));
        root.set("violation_seeds", mapper.valueToTree(affected));
        root.put("millis", millis);
        root.put("check_millis", checkMillis);
        root.put("check_facts_millis", factsMillis);
        root.put("diff_millis", diffMillis);
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
