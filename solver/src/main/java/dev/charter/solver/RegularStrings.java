package dev.charter.solver;

import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Regex;
import dev.charter.runtime.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the strings of a request ({@code agent} or a string attribute) that the given conditions
 * only test against regular languages, and says which test a condition node is. Such strings are
 * decided by {@link RegularString}'s automata rather than by Z3's sequence theory.
 */
final class RegularStrings {

    private RegularStrings() {}

    /** The string a node reads directly: {@code agent} or a string attribute's path. */
    static Optional<String> stringKey(Expr e) {
        if (e instanceof Expr.Agent) {
            return Optional.of("agent");
        }
        if (e instanceof Expr.Attribute a && a.type() == PrimitiveType.STRING) {
            return Optional.of(a.path());
        }
        return Optional.empty();
    }

    /** A string read and the regular test applied to it. */
    record Use(String key, Expr tested, TestShape shape) {}

    /** How a node tests its string: a disjunction of tests (an {@code in} set is several patterns), or a negation of one. */
    record TestShape(List<RegularString.Test> tests, boolean negated) {}

    /** The regular test a node applies to a string, if it is one. */
    static Optional<Use> use(Expr e) {
        if (e instanceof Expr.Matches m) {
            return stringKey(m.operand())
                    .map(k -> new Use(
                            k, m.operand(), new TestShape(List.of(RegularString.Test.matching(m.pattern())), false)));
        }
        if (e instanceof Expr.StringTest s && s.right() instanceof Expr.Const c) {
            String text = ((Value.StringValue) c.value()).value();
            Regex.Pattern p = new Regex.Pattern(
                    new Regex.Literal(text), s.op() == Expr.StringOp.STARTS_WITH, s.op() == Expr.StringOp.ENDS_WITH);
            return stringKey(s.left())
                    .map(k -> new Use(k, s.left(), new TestShape(List.of(RegularString.Test.matching(p)), false)));
        }
        if (e instanceof Expr.Compare c) {
            if (!c.op().isOrdering()) {
                Optional<Use> left = equality(c.left(), c.right(), c.op());
                Optional<Use> either = left.isPresent() ? left : equality(c.right(), c.left(), c.op());
                if (either.isPresent()) {
                    return either;
                }
            }
            Optional<Use> left = length(c.left(), c.right(), c.op());
            return left.isPresent() ? left : length(c.right(), c.left(), c.op().mirrored());
        }
        if (e instanceof Expr.InSet s && stringKey(s.operand()).isPresent()) {
            List<RegularString.Test> tests = new ArrayList<>();
            s.values().forEach(v -> tests.add(RegularString.Test.matching(exactly(((Value.StringValue) v).value()))));
            return Optional.of(new Use(stringKey(s.operand()).get(), s.operand(), new TestShape(tests, false)));
        }
        return Optional.empty();
    }

    private static Optional<Use> equality(Expr subject, Expr constant, CompareOp op) {
        if (!(constant instanceof Expr.Const c) || !(c.value() instanceof Value.StringValue v)) {
            return Optional.empty();
        }
        return stringKey(subject)
                .map(k -> new Use(
                        k,
                        subject,
                        new TestShape(List.of(RegularString.Test.matching(exactly(v.value()))), op == CompareOp.NE)));
    }

    private static Optional<Use> length(Expr subject, Expr constant, CompareOp op) {
        if (!(subject instanceof Expr.Length l)
                || !(constant instanceof Expr.Const c)
                || !(c.value() instanceof Value.IntValue v)) {
            return Optional.empty();
        }
        return stringKey(l.operand())
                .map(k -> new Use(
                        k, l.operand(), new TestShape(List.of(RegularString.Test.length(op, v.value())), false)));
    }

    private static Regex.Pattern exactly(String text) {
        return new Regex.Pattern(new Regex.Literal(text), true, true);
    }

    /** The strings that the rules of {@code action} in every program, and their assertions if asked, read only through regular tests. */
    static Set<String> forAction(List<dev.charter.runtime.ir.Program> programs, String action, boolean withAssertions) {
        List<Expr> conditions = new ArrayList<>();
        for (dev.charter.runtime.ir.Program program : programs) {
            program.rules().stream()
                    .filter(r -> r.actions().contains(action))
                    .forEach(r -> conditions.add(r.condition()));
            if (withAssertions) {
                program.assertions().forEach(a -> conditions.add(a.condition()));
            }
        }
        return regularOnly(conditions);
    }

    /** The strings that {@code conditions} read only through regular tests. */
    static Set<String> regularOnly(List<Expr> conditions) {
        Map<String, Integer> reads = new HashMap<>();
        Map<String, Integer> regular = new HashMap<>();
        Set<Expr> tested = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Expr condition : conditions) {
            condition
                    .subtree()
                    .forEach(e -> use(e).ifPresent(u -> {
                        tested.add(u.tested());
                        regular.merge(u.key(), 1, Integer::sum);
                    }));
        }
        for (Expr condition : conditions) {
            condition
                    .subtree()
                    .forEach(e -> stringKey(e).ifPresent(k -> {
                        reads.merge(k, 1, Integer::sum);
                        if (!tested.contains(e)) {
                            reads.merge(k, 1_000_000, Integer::sum);
                        }
                    }));
        }
        Set<String> out = new HashSet<>();
        regular.forEach((k, n) -> {
            if (reads.getOrDefault(k, 0).equals(n)) {
                out.add(k);
            }
        });
        return out;
    }
}
