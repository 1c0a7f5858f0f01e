package dev.charter.solver;

import dev.charter.runtime.datalog.ClauseText;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.keys.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Datalog program's dependency structure as the encodings need it: which relations depend on
 * an {@code input relation} (and so differ from one fact snapshot to the next), which are
 * recursive with which, the clauses defining each, and a definition key per relation — a digest
 * of the text of every clause it depends on — so that two versions of a constitution whose
 * definitions of a relation agree encode it with the very same terms, and versions whose
 * definitions differ never share one.
 */
final class RelationGraph {

    private final Program program;
    private final Map<String, List<Clause>> clauses = new HashMap<>();
    private final Map<String, Set<String>> reads = new HashMap<>();
    private final Map<String, Set<String>> reach = new HashMap<>();
    private final Set<String> inputDependent = new LinkedHashSet<>();
    private final Map<String, String> keys = new HashMap<>();

    RelationGraph(Program program) {
        this.program = program;
        for (Relation r : program.relations()) {
            clauses.put(r.name(), new ArrayList<>());
            reads.put(r.name(), new LinkedHashSet<>());
        }
        for (Stratum stratum : program.strata()) {
            for (Clause clause : stratum.clauses()) {
                String head = clause.head().relation();
                clauses.computeIfAbsent(head, k -> new ArrayList<>()).add(clause);
                Set<String> read = reads.computeIfAbsent(head, k -> new LinkedHashSet<>());
                for (BodyLiteral literal : clause.body()) {
                    if (literal instanceof BodyLiteral.Positive p) {
                        read.add(p.atom().relation());
                    } else if (literal instanceof BodyLiteral.Negated n) {
                        read.add(n.atom().relation());
                    }
                }
            }
        }
        for (String relation : reads.keySet()) {
            reach.put(relation, closure(relation));
        }
        for (Relation r : program.relations()) {
            if (r.input() || reach.get(r.name()).stream().anyMatch(this::isInput)) {
                inputDependent.add(r.name());
            }
        }
    }

    private Set<String> closure(String relation) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> work = new ArrayList<>(reads.getOrDefault(relation, Set.of()));
        while (!work.isEmpty()) {
            String next = work.remove(work.size() - 1);
            if (seen.add(next)) {
                work.addAll(reads.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    Program program() {
        return program;
    }

    Relation relation(String name) {
        return program.relation(name).orElseThrow(() -> new IllegalArgumentException("no relation " + name));
    }

    boolean isInput(String relation) {
        return program.relation(relation).map(Relation::input).orElse(false);
    }

    /** Whether the relation's contents depend on the fact snapshot. */
    boolean dependsOnInput(String relation) {
        return inputDependent.contains(relation);
    }

    Set<String> inputDependent() {
        return Set.copyOf(inputDependent);
    }

    /** The clauses (facts included) whose head is the relation, in program order. */
    List<Clause> clauses(String relation) {
        return List.copyOf(clauses.getOrDefault(relation, List.of()));
    }

    /** Whether reading {@code callee} from a clause of {@code caller} is a recursive call. */
    boolean recursive(String caller, String callee) {
        return reach.getOrDefault(callee, Set.of()).contains(caller);
    }

    /**
     * A digest of the relation's definition: its columns, whether it is an input, and the text of
     * every clause of it and of every relation it reads, transitively.
     */
    String definitionKey(String relation) {
        return keys.computeIfAbsent(relation, r -> {
            Set<String> involved = new TreeSet<>(reach.getOrDefault(r, Set.of()));
            involved.add(r);
            StringBuilder text = new StringBuilder();
            for (String name : involved) {
                program.relation(name)
                        .ifPresent(rel -> text.append(rel.name())
                                .append(rel.input() ? " input" : "")
                                .append(rel.columns().stream()
                                        .map(c -> c.type().toString())
                                        .toList())
                                .append('\n'));
                clauses.getOrDefault(name, List.of())
                        .forEach(c -> text.append(ClauseText.of(c)).append('\n'));
            }
            return digest(text.toString());
        });
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(Sha256.of(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }
}
