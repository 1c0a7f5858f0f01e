package dev.charter.compiler.parse;

import dev.charter.runtime.ir.SourceSpan;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Structural equality of AST values that ignores every {@link SourceSpan} (and the file name a
 * tree was parsed under): what "the same tree" means when one side was printed and parsed again.
 */
final class SpanBlindEquality {

    private SpanBlindEquality() {}

    static boolean equal(Object left, Object right) {
        return difference(left, right) == null;
    }

    /** A path to the first difference, or null when the trees are equal. */
    static String difference(Object left, Object right) {
        return difference("", left, right);
    }

    private static String difference(String path, Object left, Object right) {
        if (left instanceof SourceSpan && right instanceof SourceSpan) {
            return null;
        }
        if (left == null || right == null || left.getClass() != right.getClass()) {
            return left == right ? null : path + ": " + left + " vs " + right;
        }
        if (left instanceof List) {
            List<?> l = (List<?>) left;
            List<?> r = (List<?>) right;
            if (l.size() != r.size()) {
                return path + ": " + l.size() + " items vs " + r.size();
            }
            for (int i = 0; i < l.size(); i++) {
                String found = difference(path + "[" + i + "]", l.get(i), r.get(i));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (left instanceof Optional) {
            return difference(path + "?", ((Optional<?>) left).orElse(null), ((Optional<?>) right).orElse(null));
        }
        if (left.getClass().isRecord()) {
            for (RecordComponent component : left.getClass().getRecordComponents()) {
                if (component.getName().equals("fileName")) {
                    continue;
                }
                String found =
                        difference(path + "." + component.getName(), read(component, left), read(component, right));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return Objects.equals(left, right) ? null : path + ": " + left + " vs " + right;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
