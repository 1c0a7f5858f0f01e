package dev.charter.cli.tools;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The enum names taken in one import: a name already taken (by another tool's enum, or a
 * built-in type) gets the first free suffix {@code 2}, {@code 3}, ...
 */
final class EnumNames {

    private final Set<String> taken = new HashSet<>(Set.of("Weekday"));

    String claim(String wanted) {
        String name = wanted;
        for (int n = 2; !taken.add(name); n++) {
            name = wanted + n;
        }
        return name;
    }

    /** Frees the names of a tool that is left out, so that the output does not depend on its errors. */
    void release(List<EnumDeclaration> enums) {
        enums.forEach(e -> taken.remove(e.name()));
    }
}
