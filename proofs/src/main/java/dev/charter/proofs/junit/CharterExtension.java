package dev.charter.proofs.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link CharterConstitution}: hands test methods a
 * {@link CharterSuite} for the annotated class's constitution, compiled once per class.
 */
public final class CharterExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CharterExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CharterSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        CharterConstitution constitution = AnnotationSupport.findAnnotation(testClass, CharterConstitution.class)
                .orElseThrow(() -> new ParameterResolutionException(
                        testClass.getName() + " needs @CharterConstitution to receive a CharterSuite"));
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        return store.getOrComputeIfAbsent(testClass.getName(), k -> CharterSuite.of(constitution), CharterSuite.class);
    }
}
