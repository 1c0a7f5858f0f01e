package dev.charter.proofs.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.HistoryQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A history term as a test writes it after {@code expect}, read into the one text a decision's
 * trace names it by ({@link HistoryQuery#text}): what Charter lets a constitution write
 * differently for one term is the writer's own — blanks, an action name quoted that needs no
 * quotes, the window in other units ({@code within 60 minutes} is {@code within 1 hour}) and
 * written before the equalities — so a term copied from the constitution names the term the
 * decision read.
 */
final class HistoryTermText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Long> UNITS =
            Map.of("minute", 1L, "minutes", 1L, "hour", 60L, "hours", 60L, "day", 24L * 60, "days", 24L * 60);

    private HistoryTermText() {}

    /** The term's text as the trace writes it; empty when {@code written} is not a history term. */
    static Optional<String> canonical(String written) {
        Optional<List<String>> tokens = tokens(written);
        if (tokens.isEmpty() || tokens.get().size() < 5) {
            return Optional.empty();
        }
        List<String> t = tokens.get();
        Optional<Expr.HistoryAggregate> aggregate = aggregate(t.get(0));
        if (aggregate.isEmpty() || !t.get(1).equals("(") || !t.get(t.size() - 1).equals(")")) {
            return Optional.empty();
        }
        List<List<String>> parts = split(t.subList(2, t.size() - 1));
        StringBuilder text = new StringBuilder(aggregate.get().keyword()).append('(');
        Optional<String> selection = selection(parts.get(0), aggregate.get() == Expr.HistoryAggregate.SUM);
        if (selection.isEmpty()) {
            return Optional.empty();
        }
        text.append(selection.get());
        String window = null;
        for (List<String> clause : parts.subList(1, parts.size())) {
            if (clause.size() == 2 && clause.get(0).equals("same") && isWord(clause.get(1))) {
                text.append(", same ").append(clause.get(1));
            } else if (clause.size() == 3 && clause.get(0).equals("within") && window == null) {
                Optional<String> minutes = window(clause.get(1), clause.get(2));
                if (minutes.isEmpty()) {
                    return Optional.empty();
                }
                window = minutes.get();
            } else {
                return Optional.empty();
            }
        }
        if (window != null) {
            text.append(", within ").append(window);
        }
        return Optional.of(text.append(')').toString());
    }

    private static Optional<Expr.HistoryAggregate> aggregate(String word) {
        for (Expr.HistoryAggregate aggregate : Expr.HistoryAggregate.values()) {
            if (aggregate.keyword().equals(word)) {
                return Optional.of(aggregate);
            }
        }
        return Optional.empty();
    }

    /** {@code [request.x of] EFFECT PATTERN}, the summand where (and only where) the term is a sum. */
    private static Optional<String> selection(List<String> tokens, boolean sum) {
        int at = 0;
        String summand = "";
        if (sum) {
            if (tokens.size() != 4
                    || !tokens.get(0).startsWith("request.")
                    || !tokens.get(1).equals("of")) {
                return Optional.empty();
            }
            summand = tokens.get(0) + " of ";
            at = 2;
        }
        if (tokens.size() != at + 2) {
            return Optional.empty();
        }
        String effect = tokens.get(at);
        if (!effect.equals(HistoryQuery.EffectFilter.PERMITTED.keyword())
                && !effect.equals(HistoryQuery.EffectFilter.ANY.keyword())) {
            return Optional.empty();
        }
        Optional<String> actions = actions(tokens.get(at + 1));
        if (actions.isEmpty()) {
            return Optional.empty();
        }
        HistoryQuery pattern = new HistoryQuery(
                actions.get(),
                HistoryQuery.EffectFilter.ANY,
                List.of(),
                new HistoryQuery.Window.Always(),
                Optional.empty());
        return Optional.of(summand + effect + " " + pattern.patternText());
    }

    /** The pattern as the IR holds it (a name, or a prefix and {@code *}), from a bare or quoted token. */
    private static Optional<String> actions(String token) {
        String actions = token;
        if (token.startsWith("\"")) {
            try {
                actions = JSON.readValue(token, String.class);
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }
        int star = actions.indexOf('*');
        return actions.isEmpty() || star >= 0 && star != actions.length() - 1 ? Optional.empty() : Optional.of(actions);
    }

    private static Optional<String> window(String amount, String unit) {
        Long perUnit = UNITS.get(unit);
        if (perUnit == null
                || amount.isEmpty()
                || amount.length() > 9
                || !amount.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(HistoryQuery.windowText(Long.parseLong(amount) * perUnit));
    }

    /** The tokens between the parentheses, at the commas. */
    private static List<List<String>> split(List<String> tokens) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String token : tokens) {
            if (token.equals(",")) {
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(token);
            }
        }
        parts.add(part);
        return parts;
    }

    private static boolean isWord(String token) {
        return !token.startsWith("\"") && !token.equals("(") && !token.equals(")");
    }

    /** Parentheses, commas, JSON strings and the runs of other non-blank characters; empty for an unclosed string. */
    private static Optional<List<String>> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= text.length()) {
                    return Optional.empty();
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else {
                int end = i;
                while (end < text.length()
                        && !Character.isWhitespace(text.charAt(end))
                        && "(),\"".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(text.substring(i, end));
                i = end;
            }
        }
        return Optional.of(tokens);
    }
}
