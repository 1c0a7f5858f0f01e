package dev.charter.runtime.ir;

/** A constitution's enum, by name; its values are in the program's {@link Schema}. */
public record EnumType(String name) implements ValueType {

    /** The built-in type of {@code time.weekday}, read in the constitution's timezone. */
    public static final EnumType WEEKDAY = new EnumType("Weekday");

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public String withArticle() {
        return "a value of " + name;
    }
}
