package dev.charter.runtime.ir;

/**
 * An action parameter that is a JSON object, by its dotted path ({@code address},
 * {@code order.shipping}). Its fields are the action's parameters whose paths extend this one
 * ({@code address.city}); it holds no value of its own. {@code optional}: a request may leave it
 * out (or give it as JSON {@code null}); {@code open}: it may carry keys its fields do not
 * declare, which are accepted and ignored.
 */
public record ObjectParameter(String path, boolean optional, boolean open, SourceSpan span) {

    /** The path of the object or parameter that holds {@code path}, or null at the top level. */
    public static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : path.substring(0, dot);
    }
}
