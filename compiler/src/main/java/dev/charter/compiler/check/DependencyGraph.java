package dev.charter.compiler.check;

import dev.charter.runtime.ir.SourceSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which relation's clauses read which other relation, positively or under {@code not}. From it
 * come the two things stratified Datalog needs: the cycles through negation (each an error) and
 * the strata, the order in which relations can be computed to a fixpoint.
 */
final class DependencyGraph {

    /** The clause for {@code from} reads {@code to}; {@code span} is the body literal that does. */
    record Edge(String from, String to, boolean negated, SourceSpan span) {}

    /** A cycle through negation, starting and ending at the relation whose clause negates. */
    record NegativeCycle(List<String> relations, List<Boolean> negated, SourceSpan span) {

        /** {@code p -> not q -> p}: each arrow points from a relation to one its clause reads. */
        String render() {
            StringBuilder text = new StringBuilder(relations.get(0));
            for (int i = 1; i < relations.size(); i++) {
                text.append(" -> ").append(negated.get(i - 1) ? "not " : "").append(relations.get(i));
            }
            return text.toString();
        }
    }

    private final List<String> nodes;
    private final Map<String, List<Edge>> outgoing = new LinkedHashMap<>();

    /** {@code nodes} in declaration order, which fixes the order of relations inside a stratum. */
    DependencyGraph(List<String> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        nodes.forEach(n -> outgoing.put(n, new ArrayList<>()));
        for (Edge e : edges) {
            outgoing.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            outgoing.computeIfAbsent(e.to(), k -> new ArrayList<>());
        }
    }

    /** Strongly connected components, every component after the ones it reads. */
    List<Set<String>> components() {
        return new Tarjan().run();
    }

    /** One cycle through negation per component that has one, in component order. */
    List<NegativeCycle> negativeCycles() {
        List<NegativeCycle> cycles = new ArrayList<>();
        for (Set<String> component : components()) {
            component.stream()
                    .flatMap(n -> outgoing.get(n).stream())
                    .filter(e -> e.negated() && component.contains(e.to()))
                    .findFirst()
                    .ifPresent(e -> cycles.add(cycleThrough(e, component)));
        }
        return cycles;
    }

    /**
     * The strata: relations grouped by the least level that puts every relation they negate in a
     * lower level and every relation they read positively in the same or a lower one. Only
     * meaningful when there is no negative cycle.
     */
    List<List<String>> strata() {
        Map<String, Integer> level = new HashMap<>();
        for (Set<String> component : components()) {
            int l = 0;
            for (String n : component) {
                for (Edge e : outgoing.get(n)) {
                    if (!component.contains(e.to())) {
                        l = Math.max(l, level.get(e.to()) + (e.negated() ? 1 : 0));
                    }
                }
            }
            for (String n : component) {
                level.put(n, l);
            }
        }
        TreeMap<Integer, List<String>> byLevel = new TreeMap<>();
        List<String> ordered = new ArrayList<>(nodes);
        outgoing.keySet().stream().filter(n -> !nodes.contains(n)).forEach(ordered::add);
        for (String n : ordered) {
            byLevel.computeIfAbsent(level.get(n), k -> new ArrayList<>()).add(n);
        }
        return new ArrayList<>(byLevel.values());
    }

    /** The negative edge followed by a shortest path back to its start, inside the component. */
    private NegativeCycle cycleThrough(Edge negative, Set<String> component) {
        Map<String, Edge> reachedBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(negative.to());
        reachedBy.put(negative.to(), negative);
        while (!queue.isEmpty() && !reachedBy.containsKey(negative.from())) {
            String n = queue.poll();
            for (Edge e : outgoing.get(n)) {
                if (component.contains(e.to()) && !reachedBy.containsKey(e.to())) {
                    reachedBy.put(e.to(), e);
                    queue.add(e.to());
                }
            }
        }
        List<Edge> path = new ArrayList<>();
        String at = negative.from();
        do {
            Edge e = reachedBy.get(at);
            path.add(0, e);
            at = e.from();
        } while (path.get(0) != negative);
        List<String> relations = new ArrayList<>();
        List<Boolean> negated = new ArrayList<>();
        relations.add(negative.from());
        for (Edge e : path) {
            relations.add(e.to());
            negated.add(e.negated());
        }
        return new NegativeCycle(relations, negated, negative.span());
    }

    /** Tarjan's algorithm, iterative so that long dependency chains cannot exhaust the stack. */
    private final class Tarjan {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<Set<String>> result = new ArrayList<>();
        private int counter;

        List<Set<String>> run() {
            for (String n : outgoing.keySet()) {
                if (!index.containsKey(n)) {
                    visit(n);
                }
            }
            return result;
        }

        private void visit(String root) {
            Deque<Frame> work = new ArrayDeque<>();
            enter(root);
            work.push(new Frame(root));
            while (!work.isEmpty()) {
                Frame frame = work.peek();
                String n = frame.node;
                List<Edge> edges = outgoing.get(n);
                if (frame.next < edges.size()) {
                    String m = edges.get(frame.next++).to();
                    if (!index.containsKey(m)) {
                        enter(m);
                        work.push(new Frame(m));
                    } else if (onStack.contains(m)) {
                        low.put(n, Math.min(low.get(n), index.get(m)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = work.peek().node;
                    low.put(parent, Math.min(low.get(parent), low.get(n)));
                }
                if (low.get(n).equals(index.get(n))) {
                    Set<String> component = new LinkedHashSet<>();
                    String m;
                    do {
                        m = stack.pop();
                        onStack.remove(m);
                        component.add(m);
                    } while (!m.equals(n));
                    result.add(component);
                }
            }
        }

        private void enter(String n) {
            index.put(n, counter);
            low.put(n, counter);
            counter++;
            stack.push(n);
            onStack.add(n);
        }
    }

    /** A node being visited and the index of its next edge to follow. */
    private static final class Frame {
        private final String node;
        private int next;

        Frame(String node) {
            this.node = node;
        }
    }
}
