package dev.charter.runtime.ir;

import java.util.List;
import java.util.Optional;

/**
 * The type of a list's elements that are flat JSON objects: {@code list<{ sku: string, qty?: int }>}.
 * Each member has a scalar type (a built-in other than {@code action} and {@code effect}, or an
 * enum); {@code open} when the object may carry other keys, which are accepted and ignored. A
 * condition reads a required member of the element at hand ({@link Expr.ElementField}); an
 * optional member is checked when a request carries it but cannot be read by a condition.
 */
public record RecordType(List<Member> members, boolean open) implements ValueType {

    /** One member of the element objects: {@code name: type} or, when {@code optional}, {@code name?: type}. */
    public record Member(String name, ValueType type, boolean optional) {
        public Member {
            if (!(type instanceof PrimitiveType || type instanceof EnumType)
                    || type == PrimitiveType.ACTION
                    || type == PrimitiveType.EFFECT) {
                throw new IllegalArgumentException(
                        "a member of a list's element holds a scalar value, not " + type.displayName());
            }
        }
    }

    public RecordType {
        members = List.copyOf(members);
        if (members.stream().map(Member::name).distinct().count() != members.size()) {
            throw new IllegalArgumentException("a list's element declares a member twice");
        }
    }

    public Optional<Member> member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The position of member {@code name}; -1 when there is none. */
    public int index(String name) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String displayName() {
        StringBuilder out = new StringBuilder("{ ");
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            out.append(i == 0 ? "" : ", ")
                    .append(m.name())
                    .append(m.optional() ? "?: " : ": ")
                    .append(m.type().displayName());
        }
        if (open) {
            out.append(members.isEmpty() ? "..." : ", ...");
        }
        return members.isEmpty() && !open ? "{}" : out.append(" }").toString();
    }

    @Override
    public String withArticle() {
        return "an object " + displayName();
    }
}
