package dev.charter.solver;

import dev.charter.runtime.ir.Regex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * A nondeterministic automaton over code-point ranges, built from a {@code matches} pattern the
 * way the runtime reads it (a search unless anchored, {@code .} any code point). Used to decide
 * which combinations of regular tests one string can pass, where Z3's string theory gives up.
 */
final class Nfa {

    static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;

    /** An edge on the code points {@code from..to}. */
    private record Edge(int source, int from, int to, int target) {}

    private final List<Edge> edges = new ArrayList<>();
    private final List<List<Integer>> epsilon = new ArrayList<>();
    private final List<List<Edge>> outgoing = new ArrayList<>();
    private final int start;
    private final int accept;

    private Nfa(Regex.Pattern pattern) {
        int s = state();
        int a = state();
        int begin = s;
        if (!pattern.anchoredStart()) {
            int loop = state();
            link(s, loop);
            edge(loop, 0, MAX_CODE_POINT, loop);
            begin = loop;
        }
        int end = build(pattern.body(), begin);
        if (!pattern.anchoredEnd()) {
            int loop = state();
            link(end, loop);
            edge(loop, 0, MAX_CODE_POINT, loop);
            end = loop;
        }
        link(end, a);
        this.start = s;
        this.accept = a;
    }

    static Nfa of(Regex.Pattern pattern) {
        return new Nfa(pattern);
    }

    private int state() {
        epsilon.add(new ArrayList<>());
        outgoing.add(new ArrayList<>());
        return epsilon.size() - 1;
    }

    private void link(int from, int to) {
        epsilon.get(from).add(to);
    }

    private void edge(int from, int lo, int hi, int to) {
        Edge e = new Edge(from, lo, hi, to);
        edges.add(e);
        outgoing.get(from).add(e);
    }

    /** Adds the states for {@code regex} after {@code from}; returns the state reached at its end. */
    private int build(Regex regex, int from) {
        if (regex instanceof Regex.Literal l) {
            int at = from;
            for (int cp : l.text().codePoints().toArray()) {
                int next = state();
                edge(at, cp, cp, next);
                at = next;
            }
            return at;
        } else if (regex instanceof Regex.AnyChar) {
            int next = state();
            edge(from, 0, MAX_CODE_POINT, next);
            return next;
        } else if (regex instanceof Regex.CharClass c) {
            int next = state();
            for (int[] range : c.negated() ? complement(c.ranges()) : ranges(c.ranges())) {
                edge(from, range[0], range[1], next);
            }
            return next;
        } else if (regex instanceof Regex.Concat c) {
            int at = from;
            for (Regex part : c.parts()) {
                at = build(part, at);
            }
            return at;
        } else if (regex instanceof Regex.Union u) {
            int join = state();
            for (Regex alternative : u.alternatives()) {
                int branch = state();
                link(from, branch);
                link(build(alternative, branch), join);
            }
            return join;
        }
        Regex.Repeat r = (Regex.Repeat) regex;
        int at = from;
        for (int i = 0; i < r.min(); i++) {
            at = build(r.body(), at);
        }
        if (r.max() == Regex.Repeat.UNBOUNDED) {
            int loop = state();
            link(at, loop);
            int end = build(r.body(), loop);
            link(end, loop);
            return loop;
        }
        int exit = state();
        link(at, exit);
        for (int i = r.min(); i < r.max(); i++) {
            at = build(r.body(), at);
            link(at, exit);
        }
        return exit;
    }

    private static List<int[]> ranges(List<Regex.Range> ranges) {
        return ranges.stream().map(r -> new int[] {r.from(), r.to()}).toList();
    }

    private static List<int[]> complement(List<Regex.Range> ranges) {
        List<Regex.Range> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(a.from(), b.from()));
        List<int[]> out = new ArrayList<>();
        int next = 0;
        for (Regex.Range r : sorted) {
            if (r.from() > next) {
                out.add(new int[] {next, r.from() - 1});
            }
            next = Math.max(next, r.to() + 1);
        }
        if (next <= MAX_CODE_POINT) {
            out.add(new int[] {next, MAX_CODE_POINT});
        }
        return out;
    }

    /** Every code point at which some edge starts or stops applying. */
    void boundaries(java.util.Set<Integer> into) {
        for (Edge e : edges) {
            into.add(e.from());
            into.add(e.to() + 1);
        }
    }

    BitSet initial() {
        BitSet set = new BitSet();
        set.set(start);
        return close(set);
    }

    BitSet step(BitSet states, int codePoint) {
        BitSet next = new BitSet();
        for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
            for (Edge e : outgoing.get(s)) {
                if (e.from() <= codePoint && codePoint <= e.to()) {
                    next.set(e.target());
                }
            }
        }
        return close(next);
    }

    boolean accepts(BitSet states) {
        return states.get(accept);
    }

    private BitSet close(BitSet states) {
        Deque<Integer> work = new ArrayDeque<>();
        for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
            work.push(s);
        }
        while (!work.isEmpty()) {
            for (int next : epsilon.get(work.pop())) {
                if (!states.get(next)) {
                    states.set(next);
                    work.push(next);
                }
            }
        }
        return states;
    }
}
