package dev.charter.runtime.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which earlier decisions a history term ({@link Expr.History}) aggregates: those whose action
 * matches {@code actions}, whose effect passes {@code effect}, that agree with the current request
 * on every one of {@code matches}, and that lie within {@code window}; for a sum, {@code summed}
 * names the request parameter added up. Two terms with equal queries read the same state: a query
 * carries no source position, so that equal text means one query ({@link Program#historyQueries}).
 *
 * @param actions an exact action name, or a prefix ending in {@code *} that matches every action
 *     name starting with the prefix (as rule action patterns do)
 * @param effect which earlier decisions count, by what they came to
 * @param matches the equalities with the current request, in the order written, without repeats
 * @param window how far back the query looks
 * @param summed the parameter a sum adds up; empty for a count or an existence test
 */
public record HistoryQuery(
        String actions, EffectFilter effect, List<Match> matches, Window window, Optional<Summand> summed) {

    public HistoryQuery {
        Objects.requireNonNull(actions);
        Objects.requireNonNull(effect);
        Objects.requireNonNull(window);
        Objects.requireNonNull(summed);
        matches = List.copyOf(matches);
    }

    /** The longest window, in minutes: 366 days. */
    public static final long MAX_WINDOW_MINUTES = 366L * 24 * 60;

    private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern BARE_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\.");

    /** Whether {@code actions} is a prefix pattern ({@code support.*}) rather than one name. */
    public boolean isPrefix() {
        return actions.endsWith("*");
    }

    /** Whether an earlier decision on {@code action} is one this query's pattern matches. */
    public boolean matchesAction(String action) {
        return isPrefix() ? action.startsWith(actions.substring(0, actions.length() - 1)) : action.equals(actions);
    }

    /**
     * The term {@code aggregate} of this query as Charter source text, e.g.
     * {@code sum(request.amount of permitted refund, same agent, within 1 day)}.
     */
    public String text(Expr.HistoryAggregate aggregate) {
        StringBuilder out = new StringBuilder(aggregate.keyword()).append('(');
        summed.ifPresent(s -> out.append("request.").append(s.path()).append(" of "));
        out.append(effect.keyword()).append(' ').append(patternText());
        for (Match m : matches) {
            out.append(", same ").append(m.text());
        }
        if (window instanceof Window.Within w) {
            out.append(", within ").append(windowText(w.minutes()));
        }
        return out.append(')').toString();
    }

    /**
     * The action pattern as Charter source writes it: a dotted name bare ({@code support.refund},
     * {@code support.*}), any other name in quotes, a wildcard's {@code *} inside them
     * ({@code "write:refund"}, {@code "write:*"}).
     */
    public String patternText() {
        String name = isPrefix() ? actions.substring(0, actions.length() - 1) : actions;
        if (name.isEmpty()
                || BARE_NAME.matcher(name).matches()
                || (isPrefix() && BARE_PREFIX.matcher(name).matches())) {
            return actions;
        }
        return '"' + actions + '"';
    }

    /** A window of {@code minutes} as the language writes it: {@code 1 hour}, {@code 90 minutes}, {@code 7 days}. */
    public static String windowText(long minutes) {
        long minutesPerDay = 24 * 60;
        if (minutes % minutesPerDay == 0) {
            return plural(minutes / minutesPerDay, "day");
        }
        if (minutes % 60 == 0) {
            return plural(minutes / 60, "hour");
        }
        return plural(minutes, "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** This query without its summand: the query whose count a sum's count is. */
    public HistoryQuery counted() {
        return summed.isEmpty() ? this : new HistoryQuery(actions, effect, matches, window, Optional.empty());
    }

    /** Which earlier decisions count, by the effect they came to. */
    public enum EffectFilter {
        /**
         * Decisions that permitted the request, and escalations from the moment a reviewer
         * approved them (their resolution record) on.
         */
        PERMITTED("permitted"),
        /** Every decision, whatever its effect. */
        ANY("any");

        private final String keyword;

        EffectFilter(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /**
     * An equality between an earlier decision's request and the current one. An earlier request
     * agrees only when both requests carry the value and the values are equal (numbers
     * numerically). A current request without the value gives the term no value: the runtime
     * denies it with {@code missing_attribute}, and the solver models the same.
     */
    public sealed interface Match {

        /** The text after {@code same}: {@code agent}, {@code session}, {@code request.customer}. */
        String text();

        /** {@code same agent}: the requests' agents are equal. */
        record SameAgent() implements Match {
            public String text() {
                return "agent";
            }
        }

        /** {@code same session}: the requests' sessions are equal. */
        record SameSession() implements Match {
            public String text() {
                return "session";
            }
        }

        /** {@code same request.customer}: the requests' parameters at {@code path} are equal. */
        record SameParameter(String path, ValueType type) implements Match {
            public SameParameter {
                Objects.requireNonNull(path);
                Objects.requireNonNull(type);
            }

            public String text() {
                return "request." + path;
            }
        }
    }

    /**
     * How far back a query looks, on the ledger's clock: the times of its records, never the
     * request's {@code time}, which a windowed term does not need (docs/ledger-format.md, "History").
     */
    public sealed interface Window {

        /**
         * The earlier decisions whose time lies within the latest {@code minutes} minutes of the
         * ledger's clock; 1 to {@link #MAX_WINDOW_MINUTES}.
         */
        record Within(long minutes) implements Window {}

        /** Every earlier decision of the ledger. */
        record Always() implements Window {}
    }

    /** {@code request.amount}: the parameter a sum adds up, an {@code int} or a {@code decimal}. */
    public record Summand(String path, PrimitiveType type) {
        public Summand {
            Objects.requireNonNull(path);
            Objects.requireNonNull(type);
        }
    }
}
