package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A literal value. Numbers and dates keep their text as written, so the checker can report
 * {@code priority 1.5} or {@code 2026-02-30} in the author's own words. A number carries a leading
 * {@code -} only where the grammar glues the sign to it (Datalog terms, set members, priorities);
 * in conditions {@code -5} is a {@link Expression.Negate} of {@code 5}.
 */
public sealed interface Literal extends Expression, SetElement, Term
        permits Literal.StringLiteral,
                Literal.IntLiteral,
                Literal.DecimalLiteral,
                Literal.DateLiteral,
                Literal.ClockLiteral,
                Literal.BoolLiteral {

    /** {@code "text"}; {@code value} has its escape sequences resolved. */
    record StringLiteral(SourceSpan span, String value) implements Literal {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitString(this);
        }
    }

    /** {@code 10000}, {@code -3}: digits as written, optionally signed. */
    record IntLiteral(SourceSpan span, String text) implements Literal {
        public BigInteger value() {
            return new BigInteger(text);
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitInt(this);
        }
    }

    /** {@code 15000.00}: exact, never a binary floating-point number. */
    record DecimalLiteral(SourceSpan span, String text) implements Literal {
        public BigDecimal value() {
            return new BigDecimal(text);
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitDecimal(this);
        }
    }

    /** {@code 2026-03-01} as written; the parser reports {@code invalid-date} for one that is not a calendar date. */
    record DateLiteral(SourceSpan span, String text) implements Literal {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitDate(this);
        }
    }

    /**
     * {@code 09:30} as written: a time of day, whose value is the int of minutes since midnight
     * (570), the unit of {@code time.of_day}; the parser reports {@code invalid-time-of-day} for
     * one past {@code 23:59}.
     */
    record ClockLiteral(SourceSpan span, String text) implements Literal {
        public long minutes() {
            return Long.parseLong(text.substring(0, 2)) * 60 + Long.parseLong(text.substring(3));
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitClock(this);
        }
    }

    /** {@code true} or {@code false}. */
    record BoolLiteral(SourceSpan span, boolean value) implements Literal {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitBool(this);
        }
    }
}
