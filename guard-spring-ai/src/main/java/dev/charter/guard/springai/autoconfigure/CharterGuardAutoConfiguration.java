package dev.charter.guard.springai.autoconfigure;

import dev.charter.guard.ToolGuard;
import dev.charter.guard.springai.CharterToolCallAdvisor;
import dev.charter.guard.springai.CharterTools;
import dev.charter.guard.springai.OnRefusal;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ledger.LedgerEngine;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ChatClientBuilderCustomizer;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Guards every Spring AI tool bean with Charter, from {@code charter.guard.*}
 * ({@link CharterGuardProperties}): the verified bundle's {@link Engine} and a {@link LedgerEngine}
 * over {@code charter.guard.ledger} when it is set ({@link CharterGuardEngine}), the
 * {@link ToolGuard}, the {@link CharterTools}
 * settings, the post-processor that guards each {@code ToolCallback} and
 * {@code ToolCallbackProvider} bean, and, when Spring AI's {@code ChatClient} is present, a
 * {@code ChatClientBuilderCustomizer} that guards the tools a request brings itself.
 *
 * <p>Fail-closed: a missing or refused bundle, an unreadable trust, facts or key file, or a ledger
 * that cannot be opened stops the application with a {@link CharterGuardConfigurationException};
 * it never starts with its tools unguarded. An application's own {@link ToolGuard} or
 * {@link CharterTools} bean is used instead of the one made here.
 */
@AutoConfiguration
@ConditionalOnClass(ToolCallback.class)
@ConditionalOnBooleanProperty(name = "charter.guard.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CharterGuardProperties.class)
public class CharterGuardAutoConfiguration {

    @Bean
    static CharterToolBeanPostProcessor charterToolBeanPostProcessor(ObjectProvider<CharterTools> tools) {
        return new CharterToolBeanPostProcessor(tools);
    }

    @Bean
    @ConditionalOnMissingBean
    CharterTools charterTools(ToolGuard guard, CharterGuardProperties properties) {
        OnRefusal onRefusal = properties.onRefusal() == CharterGuardProperties.Refusal.THROW
                ? OnRefusal.throwRefused()
                : OnRefusal.returnText();
        String agent = properties.agent() == null || properties.agent().isBlank() ? null : properties.agent();
        return new CharterTools(guard, agent, onRefusal);
    }

    /**
     * Every {@code ChatClient} the application builds from Spring Boot's {@code ChatClient.Builder}
     * guards all the tools of each request, beans or not ({@link CharterToolCallAdvisor}), just
     * before the client's tool loop (at {@code spring.ai.chat.client.tool-calling.advisor-order} when
     * that is set).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ChatClient.class)
    static class ChatClientGuard {

        static final String TOOL_LOOP_ORDER = "spring.ai.chat.client.tool-calling.advisor-order";

        @Bean
        ChatClientBuilderCustomizer charterChatClientBuilderCustomizer(CharterTools tools, Environment environment) {
            int toolLoop = environment.getProperty(TOOL_LOOP_ORDER, Integer.class, ToolCallingAdvisor.DEFAULT_ORDER);
            CharterToolCallAdvisor advisor =
                    new CharterToolCallAdvisor(tools, CharterToolCallAdvisor.orderBefore(toolLoop));
            return builder -> builder.defaultAdvisors(advisor);
        }
    }

    /** The guard made from the properties, unless the application has its own. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(ToolGuard.class)
    static class GuardFromProperties {

        @Bean
        CharterGuardEngine charterGuardEngine(CharterGuardProperties properties) {
            Engine engine = GuardFiles.engine(properties);
            return new CharterGuardEngine(engine, GuardFiles.ledger(engine, properties));
        }

        @Bean
        ToolGuard charterToolGuard(CharterGuardEngine charterGuardEngine, CharterGuardProperties properties) {
            return charterGuardEngine.ledger() == null
                    ? ToolGuard.unrecorded(charterGuardEngine.engine(), GuardFiles.options(properties))
                    : ToolGuard.recording(charterGuardEngine.ledger(), GuardFiles.options(properties));
        }
    }
}
