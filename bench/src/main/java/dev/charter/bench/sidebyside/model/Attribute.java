package dev.charter.bench.sidebyside.model;

import java.util.Objects;

/**
 * An attribute a request carries: an action parameter ({@code request.amount}) or a context
 * value ({@code context.risk}).
 *
 * @param scope where the attribute lives in a request
 * @param name its name within the scope
 * @param kind its type; request values are {@code Long}, {@code BigDecimal}, {@code Boolean} or
 *     {@code String} (for strings and enum members) accordingly
 * @param enumName the enum's name when {@code kind} is {@link Kind#ENUM}, otherwise null
 */
public record Attribute(Scope scope, String name, Kind kind, String enumName) {

    /** The two places a request holds attributes. */
    public enum Scope {
        REQUEST("request"),
        CONTEXT("context");

        private final String keyword;

        Scope(String keyword) {
            this.keyword = keyword;
        }

        /** How Charter's language names the scope. */
        public String keyword() {
            return keyword;
        }
    }

    /** The attribute types the workloads use. */
    public enum Kind {
        INT,
        DECIMAL,
        BOOL,
        STRING,
        ENUM
    }

    public Attribute {
        Objects.requireNonNull(scope);
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        if ((kind == Kind.ENUM) != (enumName != null)) {
            throw new IllegalArgumentException("an enum attribute names its enum, no other does: " + name);
        }
    }

    /** An attribute of a non-enum kind. */
    public static Attribute of(Scope scope, String name, Kind kind) {
        return new Attribute(scope, name, kind, null);
    }

    /**
     * The attribute's name qualified by its scope with an underscore ({@code request_amount}),
     * for engines whose requests are one flat record.
     */
    public String flatName() {
        return scope.keyword() + "_" + name;
    }

    /** The attribute as Charter's language writes it ({@code request.amount}). */
    public String path() {
        return scope.keyword() + "." + name;
    }
}
