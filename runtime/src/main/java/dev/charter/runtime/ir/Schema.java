package dev.charter.runtime.ir;

import java.util.List;
import java.util.Optional;

/** What requests look like: the enums, the context attributes and the actions with their parameters. */
public record Schema(List<EnumDecl> enums, List<Field> context, List<ActionDecl> actions) {

    /** The values of {@link EnumType#WEEKDAY}, in ISO order. */
    public static final List<String> WEEKDAYS =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    public Schema {
        enums = List.copyOf(enums);
        context = List.copyOf(context);
        actions = List.copyOf(actions);
    }

    public Optional<ActionDecl> action(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public Optional<Field> contextField(String name) {
        return context.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The values of an enum, built-in {@code Weekday} included. */
    public Optional<List<String>> enumValues(EnumType type) {
        if (type.equals(EnumType.WEEKDAY)) {
            return Optional.of(WEEKDAYS);
        }
        return enums.stream().filter(e -> e.type().equals(type)).findFirst().map(EnumDecl::values);
    }
}
