package dev.charter.cli.tools;

import java.util.List;

/**
 * One tool as Charter declares it: the action named verbatim, its description, its parameters
 * ({@code parameters.open()} when the tool accepts properties its schema does not list), and the
 * enums its parameters use.
 */
record ToolDeclaration(String name, String description, ParamType.ObjectType parameters, List<EnumDeclaration> enums) {
    ToolDeclaration {
        enums = List.copyOf(enums);
    }
}
