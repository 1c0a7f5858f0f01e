package dev.charter.guard.springai.autoconfigure;

import dev.charter.guard.springai.CharterToolCallback;
import dev.charter.guard.springai.CharterToolCallbackProvider;
import dev.charter.guard.springai.CharterTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Guards every {@link ToolCallback} and {@link ToolCallbackProvider} bean with the context's
 * {@link CharterTools}: the bean others receive is the guarded one. A bean that is injected by its
 * concrete class (not by the Spring AI interface) then no longer fits, and the context fails to
 * start rather than hand out an unguarded tool.
 *
 * <p>Ordered, so that it is in place before the post-processors that are not: one of those that
 * needs a tool bean receives the guarded one.
 *
 * <p>Once every singleton exists, checks that none is left unguarded (a tool bean created before
 * this post-processor, as a dependency of another post-processor, would be): such a bean stops the
 * application with a {@link CharterGuardConfigurationException}.
 */
final class CharterToolBeanPostProcessor
        implements BeanPostProcessor, BeanFactoryAware, SmartInitializingSingleton, Ordered {

    private final ObjectProvider<CharterTools> tools;
    private ConfigurableListableBeanFactory beanFactory;

    CharterToolBeanPostProcessor(ObjectProvider<CharterTools> tools) {
        this.tools = Objects.requireNonNull(tools, "tools");
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory instanceof ConfigurableListableBeanFactory listable ? listable : null;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (guarded(bean)) {
            return bean;
        }
        if (bean instanceof ToolCallback tool) {
            return tools.getObject().guard(tool);
        }
        if (bean instanceof ToolCallbackProvider provider) {
            CharterToolCallbackProvider guarded =
                    (CharterToolCallbackProvider) tools.getObject().guard(provider);
            return bean instanceof ApplicationListener<?> listener
                    ? new ListeningToolCallbackProvider(guarded, listener)
                    : guarded;
        }
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (beanFactory == null) {
            return;
        }
        List<String> unguarded = new ArrayList<>();
        for (String name : beanFactory.getSingletonNames()) {
            Object bean = beanFactory.getSingleton(name);
            if ((bean instanceof ToolCallback || bean instanceof ToolCallbackProvider) && !guarded(bean)) {
                unguarded.add(name);
            }
        }
        if (!unguarded.isEmpty()) {
            throw new CharterGuardConfigurationException(
                    "the tool beans " + unguarded + " were created before Charter could guard them",
                    "Make them ordinary beans: no BeanPostProcessor may depend on a tool bean.",
                    null);
        }
    }

    static boolean guarded(Object bean) {
        return bean instanceof CharterToolCallback
                || bean instanceof CharterToolCallbackProvider
                || bean instanceof ListeningToolCallbackProvider;
    }
}
