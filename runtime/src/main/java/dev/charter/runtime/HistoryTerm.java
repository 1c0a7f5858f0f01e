package dev.charter.runtime;

import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.PrimitiveType;
import java.math.BigDecimal;

/**
 * A compiled history term: one call of the decision's {@link HistoryReader} for the term's query
 * index, recorded in the frame for the trace. A current request without a value one of the term's
 * equalities compares ({@code same session}, {@code same request.x}) fails the decision closed
 * with {@link ReasonCode#MISSING_ATTRIBUTE} before the reader is asked, as reading any absent
 * attribute does: the term has no value for it, never a count over no decision. A frame without a
 * reader, or a reader that throws or answers out of range, fails the decision closed with
 * {@link ReasonCode#HISTORY_UNAVAILABLE}; an int sum beyond 64 bits with
 * {@link ReasonCode#ARITHMETIC_OVERFLOW}.
 */
final class HistoryTerm extends Node {

    private final Expr.HistoryAggregate aggregate;
    private final boolean integral;
    private final int query;
    private final int site;
    private final String text;
    private final boolean sameSession;
    private final String[] parameters;
    private final int[] parameterSlots;

    /**
     * @param sameSession whether the term compares sessions
     * @param parameters the parameters the term's {@code same request.x} compare, by path
     * @param parameterSlots their slots, in the same order
     */
    HistoryTerm(
            Expr.History term, int query, int site, boolean sameSession, String[] parameters, int[] parameterSlots) {
        this.aggregate = term.aggregate();
        this.integral = term.type() == PrimitiveType.INT;
        this.query = query;
        this.site = site;
        this.text = term.text();
        this.sameSession = sameSession;
        this.parameters = parameters;
        this.parameterSlots = parameterSlots;
    }

    @Override
    Object eval(Frame f) {
        Object value = read(f);
        f.recordHistory(site, value);
        return value;
    }

    @Override
    boolean test(Frame f) {
        return (Boolean) eval(f);
    }

    private Object read(Frame f) {
        if (sameSession && f.request.session() == null) {
            throw missing("session", "sessions");
        }
        for (int i = 0; i < parameters.length; i++) {
            if (f.read(parameterSlots[i]) == null) {
                throw missing("request." + parameters[i], "its value");
            }
        }
        HistoryReader reader = f.history;
        if (reader == null) {
            throw new EvaluationFailure(
                    ReasonCode.HISTORY_UNAVAILABLE,
                    "a condition reads " + text + ", and the engine decides without a history to read");
        }
        try {
            return switch (aggregate) {
                case COUNT -> count(reader, f.request);
                case EXISTS -> count(reader, f.request) > 0;
                case SUM -> integral ? (Object) reader.intSum(query, f.request) : decimalSum(reader, f.request);
            };
        } catch (EvaluationFailure e) {
            throw e;
        } catch (ArithmeticException e) {
            throw new EvaluationFailure(ReasonCode.ARITHMETIC_OVERFLOW, text + " overflows a 64-bit int");
        } catch (RuntimeException e) {
            throw new EvaluationFailure(
                    ReasonCode.HISTORY_UNAVAILABLE,
                    text + " could not be read from the history ("
                            + e.getClass().getSimpleName() + ")");
        }
    }

    private EvaluationFailure missing(String member, String compared) {
        return new EvaluationFailure(
                ReasonCode.MISSING_ATTRIBUTE,
                member + " is missing; " + text + " compares " + compared + " with earlier decisions");
    }

    private long count(HistoryReader reader, Request request) {
        long count = reader.count(query, request);
        if (count < 0) {
            throw new EvaluationFailure(
                    ReasonCode.HISTORY_UNAVAILABLE, "the history answered " + count + " for " + text);
        }
        return count;
    }

    private BigDecimal decimalSum(HistoryReader reader, Request request) {
        BigDecimal sum = reader.decimalSum(query, request);
        if (sum == null) {
            throw new EvaluationFailure(ReasonCode.HISTORY_UNAVAILABLE, "the history answered no sum for " + text);
        }
        return sum;
    }
}
