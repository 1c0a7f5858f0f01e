package dev.charter.runtime.ir;

import java.util.List;
import java.util.Optional;

/**
 * {@code action name { param: type, ... }}; the name may be dotted ({@code crm.delete_contact}).
 * {@code open} when the declaration ends with {@code ...}: a request may then carry arguments
 * the action does not declare, which are accepted and ignored. An object parameter
 * ({@code address: { city: string }}) is flattened: it is one of {@code objects}, and each of its
 * fields a parameter named by its dotted path ({@code address.city}).
 */
public record ActionDecl(
        String name, List<Field> parameters, SourceSpan span, boolean open, List<ObjectParameter> objects) {

    public ActionDecl {
        parameters = List.copyOf(parameters);
        objects = List.copyOf(objects);
    }

    /** An action without object parameters. */
    public ActionDecl(String name, List<Field> parameters, SourceSpan span, boolean open) {
        this(name, parameters, span, open, List.of());
    }

    /** An action that accepts exactly its declared parameters. */
    public ActionDecl(String name, List<Field> parameters, SourceSpan span) {
        this(name, parameters, span, false);
    }

    public Optional<Field> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    public Optional<ObjectParameter> object(String path) {
        return objects.stream().filter(o -> o.path().equals(path)).findFirst();
    }

    /** Whether {@code path}, a parameter or an object, is declared optional (its own {@code ?}). */
    public boolean optional(String path) {
        return parameter(path).map(Field::optional).orElse(false)
                || object(path).map(ObjectParameter::optional).orElse(false);
    }
}
