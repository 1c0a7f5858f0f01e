package dev.charter.solver;

import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Regex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A string the conditions only ever test against regular languages — {@code matches},
 * {@code starts_with}/{@code ends_with}/{@code contains} or {@code ==}/{@code in} a constant,
 * {@code len} against a constant. Instead of handing Z3 the string (its sequence theory gives up
 * on long strings that must avoid patterns), each test is a Boolean and this class decides, by a
 * breadth-first search of the product of the tests' automata, exactly which combinations of
 * outcomes some string achieves, with the shortest such string for each.
 */
final class RegularString {

    /** Product states explored before giving up; the string is then left to Z3. */
    private static final int STATE_LIMIT = 200_000;
    /**
     * The longest length constant searched: every length up to it is examined and a witness may
     * be that long, so a {@code len(x) > 9000000000000000000} would never finish; such a string is
     * left to Z3, which answers or says it cannot (an {@code inconclusive} finding).
     */
    private static final long LENGTH_LIMIT = 200_000;

    /** One test: a pattern, or a length comparison with a constant. */
    record Test(Regex.Pattern pattern, CompareOp op, long length) {
        static Test matching(Regex.Pattern pattern) {
            return new Test(pattern, null, 0);
        }

        static Test length(CompareOp op, long length) {
            return new Test(null, op, length);
        }
    }

    private final Map<Test, Integer> tests = new LinkedHashMap<>();

    /** The index of a test, registering it on first use. */
    int index(Test test) {
        return tests.computeIfAbsent(test, t -> tests.size());
    }

    List<Test> tests() {
        return List.copyOf(tests.keySet());
    }

    /** Outcomes of the tests on one string. */
    static boolean[] outcomes(List<Test> tests, String value) {
        boolean[] out = new boolean[tests.size()];
        for (int i = 0; i < tests.size(); i++) {
            Test t = tests.get(i);
            if (t.pattern() != null) {
                Nfa nfa = Nfa.of(t.pattern());
                BitSet states = nfa.initial();
                for (int cp : value.codePoints().toArray()) {
                    states = nfa.step(states, cp);
                }
                out[i] = nfa.accepts(states);
            } else {
                out[i] = t.op().test(Long.compare(value.codePointCount(0, value.length()), t.length()));
            }
        }
        return out;
    }

    /**
     * Every achievable combination of outcomes (as a string of 0 and 1, in test order) with the
     * shortest string achieving it; empty when the search is too large to finish.
     *
     * <p>The search goes length by length: layer L is the set of automata state tuples some
     * string of length L reaches. Layers are finite sets of a finite space, so they become
     * periodic; from then on, lengths only matter against the length tests' constants, so a
     * {@code len(x) > 2000} costs no more than the period after 2000, not 2000 layers of search.
     * A length constant beyond {@link #LENGTH_LIMIT} makes the search too large.
     */
    Optional<Map<String, String>> achievable() {
        List<Test> list = tests();
        List<Nfa> automata = new ArrayList<>();
        long longest = 0;
        for (Test t : list) {
            if (t.pattern() != null) {
                automata.add(Nfa.of(t.pattern()));
            } else {
                longest = Math.max(longest, t.length());
            }
        }
        if (longest > LENGTH_LIMIT) {
            return Optional.empty();
        }
        long saturated = Math.max(0, longest) + 1;
        List<Integer> letters = alphabet(automata);
        List<Set<Tuple>> layers = new ArrayList<>();
        List<Map<Tuple, Step>> parents = new ArrayList<>();
        Map<Set<Tuple>, Integer> seen = new HashMap<>();
        List<BitSet> first = new ArrayList<>();
        automata.forEach(a -> first.add(a.initial()));
        layers.add(Set.of(new Tuple(first)));
        parents.add(Map.of());
        seen.put(layers.get(0), 0);
        Search search = new Search(list, automata, layers, parents);
        int explored = 1;
        while (true) {
            int length = layers.size() - 1;
            search.record(length, length);
            Map<Tuple, Step> steps = new LinkedHashMap<>();
            for (Tuple tuple : layers.get(length)) {
                for (int letter : letters) {
                    List<BitSet> next = new ArrayList<>();
                    for (int i = 0; i < automata.size(); i++) {
                        next.add(automata.get(i).step(tuple.states().get(i), letter));
                    }
                    steps.putIfAbsent(new Tuple(next), new Step(tuple, letter));
                }
            }
            explored += steps.size();
            if (explored > STATE_LIMIT) {
                return Optional.empty();
            }
            Set<Tuple> next = steps.keySet();
            Integer repeat = seen.get(next);
            if (repeat != null) {
                search.period(repeat, length + 1 - repeat, steps);
                for (long l = length + 1; l < Math.max(saturated, length + 1) + search.period; l++) {
                    search.record(l, search.index(l));
                }
                return Optional.of(search.found);
            }
            seen.put(Set.copyOf(next), length + 1);
            layers.add(Set.copyOf(next));
            parents.add(steps);
        }
    }

    private record Tuple(List<BitSet> states) {}

    private record Step(Tuple from, int letter) {}

    /** The layers found so far, their periodic continuation, and the outcomes recorded with their shortest strings. */
    private static final class Search {
        private final List<Test> tests;
        private final List<Nfa> automata;
        private final List<Set<Tuple>> layers;
        private final List<Map<Tuple, Step>> parents;
        private final Map<String, String> found = new LinkedHashMap<>();
        private int start;
        private int period;
        private Map<Tuple, Step> wrap;

        Search(List<Test> tests, List<Nfa> automata, List<Set<Tuple>> layers, List<Map<Tuple, Step>> parents) {
            this.tests = tests;
            this.automata = automata;
            this.layers = layers;
            this.parents = parents;
        }

        void period(int start, int period, Map<Tuple, Step> wrap) {
            this.start = start;
            this.period = period;
            this.wrap = wrap;
        }

        /** The stored layer that strings of this length reach. */
        int index(long length) {
            return length < layers.size() ? (int) length : (int) (start + (length - start) % period);
        }

        void record(long length, int index) {
            for (Tuple tuple : layers.get(index)) {
                String bits = signature(tuple, length);
                if (!found.containsKey(bits)) {
                    found.put(bits, spell(tuple, length));
                }
            }
        }

        private String signature(Tuple tuple, long length) {
            StringBuilder bits = new StringBuilder();
            int automaton = 0;
            for (Test t : tests) {
                boolean holds = t.pattern() != null
                        ? automata.get(automaton).accepts(tuple.states().get(automaton++))
                        : t.op().test(Long.compare(length, t.length()));
                bits.append(holds ? '1' : '0');
            }
            return bits.toString();
        }

        private String spell(Tuple tuple, long length) {
            int[] letters = new int[(int) length];
            Tuple at = tuple;
            for (long l = length; l > 0; l--) {
                int index = index(l);
                Step step = l >= layers.size() && index == start
                        ? wrap.get(at)
                        : parents.get(index).get(at);
                letters[(int) l - 1] = step.letter();
                at = step.from();
            }
            return new String(letters, 0, letters.length);
        }
    }

    /**
     * One representative code point per class of code points that every automaton treats alike,
     * chosen to read well: a lower-case letter, a digit, an upper-case letter, printable ASCII,
     * else the first non-surrogate of the class.
     */
    private static List<Integer> alphabet(List<Nfa> automata) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        automata.forEach(a -> a.boundaries(cuts));
        cuts.add(Nfa.MAX_CODE_POINT + 1);
        List<Integer> letters = new ArrayList<>();
        Integer lo = cuts.first();
        for (Integer hi : cuts.tailSet(lo, false)) {
            pick(lo, hi - 1).ifPresent(letters::add);
            lo = hi;
        }
        return letters;
    }

    private static Optional<Integer> pick(int lo, int hi) {
        int[][] preferred = {{'a', 'z'}, {'0', '9'}, {'A', 'Z'}, {'!', '~'}, {' ', ' '}};
        for (int[] p : preferred) {
            int from = Math.max(lo, p[0]);
            if (from <= Math.min(hi, p[1])) {
                return Optional.of(from);
            }
        }
        for (int c = lo; c <= hi; c++) {
            if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                return Optional.of(c);
            }
            c = Character.MAX_SURROGATE;
        }
        return Optional.empty();
    }
}
