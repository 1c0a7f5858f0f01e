package dev.charter.runtime.ir;

/**
 * The built-in types. {@code ACTION} is the type of action names (as in
 * {@code relation grants(role: Role, act: action)}); {@code EFFECT} is the type of
 * {@code decision} and of {@code permit}/{@code deny}/{@code escalate} in assertions.
 */
public enum PrimitiveType implements ValueType {
    BOOL("bool"),
    INT("int"),
    DECIMAL("decimal"),
    STRING("string"),
    DATE("date"),
    ACTION("action"),
    EFFECT("effect");

    private final String displayName;

    PrimitiveType(String displayName) {
        this.displayName = displayName;
    }

    @Override
    public String displayName() {
        return displayName;
    }
}
