package dev.charter.runtime.ir;

/**
 * The built-in types. {@code ACTION} is the type of action names (as in
 * {@code relation grants(role: Role, act: action)}); {@code EFFECT} is the type of
 * {@code decision} and of {@code permit}/{@code deny}/{@code escalate} in assertions.
 */
public enum PrimitiveType implements ValueType {
    BOOL("bool", "a"),
    INT("int", "an"),
    DECIMAL("decimal", "a"),
    STRING("string", "a"),
    DATE("date", "a"),
    ACTION("action", "an"),
    EFFECT("effect", "an");

    private final String displayName;
    private final String withArticle;

    PrimitiveType(String displayName, String article) {
        this.displayName = displayName;
        this.withArticle = article + " " + displayName;
    }

    @Override
    public String withArticle() {
        return withArticle;
    }

    @Override
    public String displayName() {
        return displayName;
    }
}
