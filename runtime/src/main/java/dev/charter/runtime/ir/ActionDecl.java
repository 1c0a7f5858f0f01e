package dev.charter.runtime.ir;

import java.util.List;
import java.util.Optional;

/** {@code action name { param: type, ... }}; the name may be dotted ({@code crm.delete_contact}). */
public record ActionDecl(String name, List<Field> parameters, SourceSpan span) {

    public ActionDecl {
        parameters = List.copyOf(parameters);
    }

    public Optional<Field> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
