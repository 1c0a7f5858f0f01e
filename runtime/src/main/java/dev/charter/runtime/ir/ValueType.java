package dev.charter.runtime.ir;

/** The type of an attribute, a relation column or an expression. */
public sealed interface ValueType permits PrimitiveType, EnumType, ListType, RecordType {

    /** The name a constitution uses for this type, e.g. {@code decimal} or {@code AccountStatus}. */
    String displayName();

    /**
     * The type as messages name what a value is not: {@code an int}, {@code a decimal}, and for an
     * enum {@code a value of AccountStatus} (a constitution's name carries no article of its own).
     */
    String withArticle();

    /** Whether values of this type are ordered, so that {@code <}, {@code <=} ... apply. */
    default boolean isOrdered() {
        return this == PrimitiveType.INT || this == PrimitiveType.DECIMAL || this == PrimitiveType.DATE;
    }

    /** Whether values of this type take part in arithmetic. */
    default boolean isNumeric() {
        return this == PrimitiveType.INT || this == PrimitiveType.DECIMAL;
    }
}
