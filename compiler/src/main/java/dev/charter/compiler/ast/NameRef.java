package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;

/**
 * A bare name used as a value, as written: an enum value ({@code active}), an action
 * ({@code initiate_payment}, {@code crm.delete}), {@code agent}, {@code decision}, a weekday, or a
 * Datalog constant. What it refers to is decided by the checker.
 */
public record NameRef(SourceSpan span, String name) implements Expression, SetElement, Term {

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitName(this);
    }
}
