package dev.charter.solver;

import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.TimeAttribute;
import dev.charter.runtime.ir.Value;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Facts about the expressions of a program that steer the analyses: which attributes rules read, how fine its decimals are. */
final class ReadAttributes {

    private ReadAttributes() {}

    /**
     * The paths ({@code request.amount}, {@code time.hour}) the rules' conditions read, and the
     * history they read by its slot's text ({@code count(permitted refund, same agent)}; an
     * existence test reads its count).
     */
    static Set<String> of(List<DecisionRule> rules) {
        Set<String> paths = new TreeSet<>();
        for (DecisionRule rule : rules) {
            rule.condition().subtree().forEach(e -> {
                if (e instanceof Expr.Attribute a) {
                    paths.add(a.path());
                }
                if (e instanceof Expr.History h) {
                    paths.add(
                            h.aggregate() == Expr.HistoryAggregate.SUM
                                    ? h.query().text(Expr.HistoryAggregate.SUM)
                                    : h.query().counted().text(Expr.HistoryAggregate.COUNT));
                }
            });
        }
        return paths;
    }

    /** Whether a rule or assertion of one of the programs reads {@code time.day} or {@code time.month}. */
    static boolean readsCalendar(List<Program> programs) {
        Set<String> calendar = Set.of(
                Expr.Scope.TIME.keyword() + "." + TimeAttribute.DAY.attributeName(),
                Expr.Scope.TIME.keyword() + "." + TimeAttribute.MONTH.attributeName());
        return programs.stream()
                .flatMap(p -> java.util.stream.Stream.concat(
                        p.rules().stream().map(DecisionRule::condition),
                        p.assertions().stream().map(Assertion::condition)))
                .flatMap(e -> e.subtree().stream())
                .anyMatch(e -> e instanceof Expr.Attribute a && calendar.contains(a.path()));
    }

    /** The largest number of fractional digits of a decimal constant in the rules' conditions. */
    static int decimalScale(Program program) {
        int[] scale = {0};
        for (DecisionRule rule : program.rules()) {
            rule.condition().subtree().forEach(e -> {
                if (e instanceof Expr.Const c && c.value() instanceof Value.DecimalValue d) {
                    scale[0] = Math.max(scale[0], Math.max(0, d.value().scale()));
                }
                if (e instanceof Expr.InSet s) {
                    s.values().stream()
                            .filter(v -> v instanceof Value.DecimalValue)
                            .forEach(v -> scale[0] = Math.max(
                                    scale[0],
                                    Math.max(0, ((Value.DecimalValue) v).value().scale())));
                }
            });
        }
        return scale[0];
    }
}
