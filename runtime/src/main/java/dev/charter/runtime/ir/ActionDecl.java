package dev.charter.runtime.ir;

import java.util.List;
import java.util.Optional;

/**
 * {@code action name { param: type, ... }}; the name may be dotted ({@code crm.delete_contact}).
 * {@code open} when the declaration ends with {@code ...}: a request may then carry arguments
 * the action does not declare, which are accepted and ignored.
 */
public record ActionDecl(String name, List<Field> parameters, SourceSpan span, boolean open) {

    public ActionDecl {
        parameters = List.copyOf(parameters);
    }

    /** An action that accepts exactly its declared parameters. */
    public ActionDecl(String name, List<Field> parameters, SourceSpan span) {
        this(name, parameters, span, false);
    }

    public Optional<Field> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
