package dev.charter.runtime.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every node kind of {@link Expr}, found through the sealed hierarchy so that a new kind is
 * covered without editing this test, reports as children exactly its expression components, in
 * the order they are declared.
 */
class ExprChildrenTest {

    private static final SourceSpan SPAN = SourceSpan.builtin();

    private long nextLeaf;

    @Test
    void everyNodeKindReportsItsExpressionComponentsAsChildrenInOrder() throws ReflectiveOperationException {
        Class<?>[] kinds = Expr.class.getPermittedSubclasses();
        assertTrue(kinds.length >= 20, "the sealed Expr hierarchy lists its node kinds");
        for (Class<?> kind : kinds) {
            List<Expr> expected = new ArrayList<>();
            Expr node = build(kind, expected);
            assertEquals(expected, node.children(), kind.getSimpleName() + ".children()");
        }
    }

    @Test
    void subtreeListsEveryNodeParentsFirstAndSiblingsInOrder() {
        Expr a = leaf();
        Expr b = leaf();
        Expr c = leaf();
        Expr d = leaf();
        Expr compare = new Expr.Compare(CompareOp.LT, a, b, SPAN);
        Expr not = new Expr.Not(c, SPAN);
        Expr atom = new Expr.Atom("r", List.of(d), SPAN);
        Expr root = new Expr.And(List.of(compare, not, atom), SPAN);

        assertEquals(List.of(root, compare, a, b, not, c, atom, d), root.subtree());
    }

    @Test
    void subtreeOfALeafIsTheLeafAlone() {
        Expr leaf = leaf();

        assertEquals(List.of(leaf), leaf.subtree());
    }

    private Expr build(Class<?> kind, List<Expr> expectedChildren) throws ReflectiveOperationException {
        RecordComponent[] components = kind.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = argument(kind, components[i].getGenericType(), expectedChildren);
        }
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return (Expr) kind.getDeclaredConstructor(types).newInstance(arguments);
    }

    private Object argument(Class<?> kind, Type type, List<Expr> expectedChildren) {
        if (type == Expr.class) {
            Expr child = leaf();
            expectedChildren.add(child);
            return child;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (list.getActualTypeArguments()[0] == Expr.class) {
                List<Expr> children = List.of(leaf(), leaf());
                expectedChildren.addAll(children);
                return children;
            }
            return List.of();
        }
        if (type == Expr.Attribute.class) {
            // The list a quantifier, len or contains reads: an operand like any other.
            Expr.Attribute list = new Expr.Attribute(
                    Expr.Scope.REQUEST, "l" + expectedChildren.size(), ListType.of(PrimitiveType.INT), SPAN);
            expectedChildren.add(list);
            return list;
        }
        if (type == SourceSpan.class) {
            return SPAN;
        }
        if (type == String.class) {
            return "x";
        }
        if (type == Value.class) {
            return new Value.IntValue(0);
        }
        if (type == ValueType.class) {
            return PrimitiveType.INT;
        }
        if (type == HistoryQuery.class) {
            // A query holds no expression: a history term is a leaf.
            return new HistoryQuery(
                    "x", HistoryQuery.EffectFilter.ANY, List.of(), new HistoryQuery.Window.Always(), Optional.empty());
        }
        if (type == Regex.Pattern.class) {
            return new Regex.Pattern(new Regex.Literal("a"), false, false);
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        return fail("no sample value of " + type + " to build an " + kind.getSimpleName() + " with");
    }

    /** A leaf unequal to every other this test builds, so that children are told apart. */
    private Expr leaf() {
        return new Expr.Const(new Value.IntValue(++nextLeaf), SPAN);
    }
}
