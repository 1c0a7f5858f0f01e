package dev.charter.runtime.ir;

/**
 * {@code list<T>} or {@code list<T, N>}: an action parameter holding at most {@code bound}
 * values of the scalar type {@code element} (a built-in type other than {@code action} and
 * {@code effect}, or an enum) or flat objects ({@link RecordType}), in order. A request's list longer than the bound, or with an
 * element of another type, is denied ({@code ill_typed_attribute}). A list has no value a
 * condition can compare: it is read by quantifiers ({@link Expr.Quantifier}), {@code len}
 * ({@link Expr.ListLength}) and {@code contains} ({@link Expr.ListContains}).
 */
public record ListType(ValueType element, int bound) implements ValueType {

    /** The bound of {@code list<T>}, written without one. */
    public static final int DEFAULT_BOUND = 64;

    /** The largest bound a list may declare. */
    public static final int MAX_BOUND = 1024;

    public ListType {
        if (element instanceof ListType || element == PrimitiveType.EFFECT || element == PrimitiveType.ACTION) {
            throw new IllegalArgumentException("a list holds scalar values, not " + element.displayName());
        }
        if (bound < 1 || bound > MAX_BOUND) {
            throw new IllegalArgumentException("a list's bound is 1 to " + MAX_BOUND + ", not " + bound);
        }
    }

    /** {@code list<T>} with the default bound. */
    public static ListType of(ValueType element) {
        return new ListType(element, DEFAULT_BOUND);
    }

    @Override
    public String displayName() {
        return bound == DEFAULT_BOUND
                ? "list<" + element.displayName() + ">"
                : "list<" + element.displayName() + ", " + bound + ">";
    }

    @Override
    public String withArticle() {
        return "a " + displayName();
    }
}
