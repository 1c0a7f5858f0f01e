package dev.charter.guard.springai.autoconfigure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.guard.GuardOptions;
import dev.charter.guard.ToolGuard;
import dev.charter.guard.springai.CharterToolCallback;
import dev.charter.guard.springai.CharterToolCallbackProvider;
import dev.charter.guard.springai.CountingTool;
import dev.charter.guard.springai.ScriptedChatModel;
import dev.charter.guard.springai.SupportConstitution;
import dev.charter.guard.springai.SupportTools;
import dev.charter.guard.springai.ToolRefusedException;
import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import io.micrometer.observation.ObservationRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ChatClientBuilderCustomizer;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The auto-configuration in an application context: what it guards, records, and refuses to start with. */
class CharterGuardAutoConfigurationTest {

    @TempDir
    Path dir;

    private SupportConstitution.Files files;
    private ApplicationContextRunner runner;

    @BeforeEach
    void writeFiles() throws Exception {
        files = SupportConstitution.write(dir);
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CharterGuardAutoConfiguration.class))
                .withUserConfiguration(Tools.class)
                .withPropertyValues(
                        "charter.guard.bundle=" + files.bundle(),
                        "charter.guard.trust=" + files.trust(),
                        "charter.guard.ledger=" + files.ledger(),
                        "charter.guard.ledger-key=" + files.ledgerKey(),
                        "charter.guard.agent=support-bot");
    }

    @Configuration(proxyBeanMethods = false)
    static class Tools {

        @Bean
        CountingTool weatherTool() {
            return new CountingTool("get_weather");
        }

        @Bean
        ToolCallback mailTool() {
            return new CountingTool("send_email");
        }

        @Bean
        ToolCallbackProvider accountTools() {
            return ToolCallbackProvider.from(new CountingTool("delete_account"));
        }
    }

    @Test
    void theAutoConfigurationIsRegisteredForSpringBootToFind() {
        List<String> candidates = new ArrayList<>();
        ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader())
                .forEach(candidates::add);

        assertTrue(candidates.contains(CharterGuardAutoConfiguration.class.getName()), candidates.toString());
    }

    @Test
    void everyToolBeanIsGuardedAndOnlyPermittedCallsRun() {
        runner.run(context -> {
            assertNull(context.getStartupFailure());
            ToolCallback mail = context.getBean("mailTool", ToolCallback.class);
            CharterToolCallback guarded = assertInstanceOf(CharterToolCallback.class, mail);
            CountingTool body = (CountingTool) guarded.delegate();

            String refused = mail.call("{\"to\":\"someone@elsewhere.org\",\"body\":\"hi\"}");
            String permitted = mail.call("{\"to\":\"desk@example.com\",\"body\":\"hi\"}");

            assertTrue(refused.startsWith("NOT EXECUTED: send_email"), refused);
            assertEquals("done: {\"to\":\"desk@example.com\",\"body\":\"hi\"}", permitted);
            assertEquals(List.of("{\"to\":\"desk@example.com\",\"body\":\"hi\"}"), body.inputs());
        });
    }

    @Test
    void aToolCallbackProviderBeanIsGuardedToo() {
        runner.run(context -> {
            ToolCallbackProvider provider = context.getBean("accountTools", ToolCallbackProvider.class);
            assertInstanceOf(CharterToolCallbackProvider.class, provider);
            ToolCallback delete = provider.getToolCallbacks()[0];

            String refused = delete.call("{\"customer\":\"c-1\"}");

            assertTrue(refused.contains("unknown_action"), refused);
            CountingTool body = (CountingTool) ((CharterToolCallback) delete).delegate();
            assertEquals(List.of(), body.inputs());
        });
    }

    @Test
    void aToolBeanAskedForByItsOwnClassNoLongerFitsSoTheContextCannotHandItOutUnguarded() {
        runner.run(context -> {
            assertThrows(Exception.class, () -> context.getBean("weatherTool", CountingTool.class));
            assertInstanceOf(CharterToolCallback.class, context.getBean("weatherTool"));
        });
    }

    /** A tool loop moved before the guard's default order, as the property can put it. */
    private static final int EARLY_TOOL_LOOP = Ordered.HIGHEST_PRECEDENCE + 100;

    @Test
    void chatClientsBuiltWithTheCustomizerGuardToolsThatAreNotBeansBeforeAMovedToolLoop() {
        runner.withPropertyValues("spring.ai.chat.client.tool-calling.advisor-order=" + EARLY_TOOL_LOOP)
                .run(context -> {
                    ScriptedChatModel model = ScriptedChatModel.requesting(
                            ScriptedChatModel.call("delete_account", "{\"customer\":\"c-1\"}"));
                    ChatClient.Builder builder = ChatClient.builder(
                            model,
                            ObservationRegistry.NOOP,
                            null,
                            null,
                            ToolCallingAdvisor.builder().advisorOrder(EARLY_TOOL_LOOP));
                    context.getBeanProvider(ChatClientBuilderCustomizer.class)
                            .orderedStream()
                            .forEach(customizer -> customizer.customize(builder));
                    SupportTools support = new SupportTools();

                    String answer = builder.build()
                            .prompt("Close the account.")
                            .tools(support)
                            .call()
                            .content();

                    assertEquals(List.of(), support.ran());
                    assertTrue(answer.startsWith("delete_account: NOT EXECUTED: delete_account"), answer);
                });
    }

    @Test
    void decisionsAreRecordedInTheConfiguredLedger() throws Exception {
        runner.run(context -> {
            ToolCallback mail = context.getBean("mailTool", ToolCallback.class);
            mail.call("{\"to\":\"someone@elsewhere.org\",\"body\":\"hi\"}");
        });

        List<LedgerRecord> records = LedgerReader.read(files.ledger()).records();
        assertEquals(1, records.size());
        assertTrue(
                records.get(0).body().contains("\"rule\":\"external_mail\""),
                records.get(0).body());
        assertTrue(
                records.get(0).body().contains("\"agent\":\"support-bot\""),
                records.get(0).body());
    }

    @Test
    void withoutALedgerTheGuardDecidesButRecordsNothing() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CharterGuardAutoConfiguration.class))
                .withUserConfiguration(Tools.class)
                .withPropertyValues(
                        "charter.guard.bundle=" + files.bundle(),
                        "charter.guard.trust=" + files.trust(),
                        "charter.guard.agent=support-bot")
                .run(context -> {
                    assertFalse(context.getBean(ToolGuard.class).recording());
                    String refused = context.getBean("mailTool", ToolCallback.class)
                            .call("{\"to\":\"someone@elsewhere.org\",\"body\":\"hi\"}");
                    assertTrue(refused.startsWith("NOT EXECUTED"), refused);
                    assertFalse(Files.exists(files.ledger()));
                });
    }

    @Test
    void refusalsThrowWhenConfiguredTo() {
        runner.withPropertyValues("charter.guard.on-refusal=throw").run(context -> {
            ToolCallback mail = context.getBean("mailTool", ToolCallback.class);

            ToolRefusedException thrown = assertThrows(
                    ToolRefusedException.class, () -> mail.call("{\"to\":\"x@elsewhere.org\",\"body\":\"hi\"}"));

            assertEquals("external_mail", thrown.refusal().rule());
        });
    }

    @Test
    void toolNamesBecomeActionsAsConfigured() {
        runner.withUserConfiguration(RenamedTool.class)
                .withPropertyValues("charter.guard.actions[weather.lookup]=get_weather")
                .run(context -> {
                    ToolCallback lookup = context.getBean("lookupTool", ToolCallback.class);

                    assertEquals("done: {\"city\":\"Lima\"}", lookup.call("{\"city\":\"Lima\"}"));
                });
        runner.withUserConfiguration(RenamedTool.class)
                .withPropertyValues("charter.guard.action-prefix=crm")
                .run(context -> {
                    String refused = context.getBean("mailTool", ToolCallback.class)
                            .call("{\"to\":\"desk@example.com\",\"body\":\"hi\"}");

                    assertTrue(refused.contains("unknown_action"), refused);
                    assertTrue(refused.contains("crm.send_email"), refused);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class RenamedTool {

        @Bean
        ToolCallback lookupTool() {
            return new CountingTool("weather.lookup");
        }
    }

    @Test
    void aProviderThatListensForEventsStillHearsThemWhenGuarded() {
        runner.withUserConfiguration(ListeningProviderConfig.class).run(context -> {
            ToolCallbackProvider provider = context.getBean("listeningProvider", ToolCallbackProvider.class);
            assertFalse(provider instanceof ListeningProvider, "the bean is the guarded one");
            ListeningProvider original = context.getBean(ListeningProviderConfig.class).created;

            context.publishEvent(new ToolsChanged(this));
            context.publishEvent(new OtherEvent(this));

            assertEquals(1, original.heard.size(), "only the event type it listens for");
            assertInstanceOf(CharterToolCallback.class, provider.getToolCallbacks()[0]);
        });
    }

    static final class ToolsChanged extends ApplicationEvent {
        private static final long serialVersionUID = 1L;

        ToolsChanged(Object source) {
            super(source);
        }
    }

    static final class OtherEvent extends ApplicationEvent {
        private static final long serialVersionUID = 1L;

        OtherEvent(Object source) {
            super(source);
        }
    }

    static final class ListeningProvider implements ToolCallbackProvider, ApplicationListener<ToolsChanged> {
        final List<ToolsChanged> heard = new CopyOnWriteArrayList<>();

        @Override
        public ToolCallback[] getToolCallbacks() {
            return new ToolCallback[] {new CountingTool("get_weather")};
        }

        @Override
        public void onApplicationEvent(ToolsChanged event) {
            heard.add(event);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ListeningProviderConfig {
        ListeningProvider created;

        @Bean
        ToolCallbackProvider listeningProvider() {
            created = new ListeningProvider();
            return created;
        }
    }

    @Test
    void anApplicationsOwnToolGuardIsUsedAndNeedsNoBundleProperties() {
        ToolGuard own = ToolGuard.unrecorded(SupportConstitution.engine(), GuardOptions.defaults());
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CharterGuardAutoConfiguration.class))
                .withUserConfiguration(Tools.class)
                .withBean(ToolGuard.class, () -> own)
                .run(context -> {
                    assertNull(context.getStartupFailure());
                    CharterToolCallback mail = (CharterToolCallback) context.getBean("mailTool", ToolCallback.class);
                    assertSame(own, mail.tools().guard());
                });
    }

    @Test
    void disabledTheToolsAreLeftAsTheyAre() {
        runner.withPropertyValues("charter.guard.enabled=false").run(context -> {
            assertNull(context.getStartupFailure());
            assertInstanceOf(CountingTool.class, context.getBean("mailTool"));
            assertFalse(context.containsBean("charterToolGuard"));
        });
    }

    @Test
    void withoutABundleTheApplicationDoesNotStart() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CharterGuardAutoConfiguration.class))
                .withUserConfiguration(Tools.class)
                .withPropertyValues("charter.guard.trust=" + files.trust())
                .run(context -> assertStartupFailure(
                        context, "charter.guard.bundle is not set: it names the signed bundle of the constitution"));
    }

    @Test
    void aTamperedBundleStopsTheApplication() throws Exception {
        byte[] bytes = Files.readAllBytes(files.bundle());
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(files.bundle(), text.replace("mail leaves the company", "mail leaves the kompany"));

        runner.run(context ->
                assertStartupFailure(context, "charter.guard.bundle (" + files.bundle() + ") was refused: "));
    }

    @Test
    void aBundleSignedByAKeyTheTrustFileDoesNotHoldStopsTheApplication() throws Exception {
        Files.delete(files.trust());
        KeyFiles.writeTrustStore(
                files.trust(), TrustStore.of(List.of(SigningKey.generate().publicKey())));

        runner.run(context ->
                assertStartupFailure(context, "charter.guard.bundle (" + files.bundle() + ") was refused: "));
    }

    @Test
    void aTrustFileThatIsNotOneStopsTheApplication() throws Exception {
        Files.writeString(files.trust(), "this is not a key\n");

        runner.run(context -> assertStartupFailure(
                context, "charter.guard.trust (" + files.trust() + ") is not a trust file Charter can read: "));
    }

    @Test
    void aMissingTrustFileStopsTheApplication() throws Exception {
        Files.delete(files.trust());

        runner.run(context -> assertStartupFailure(
                context,
                "charter.guard.trust (" + files.trust() + ") is not a trust file Charter can read: no such file"));
    }

    @Test
    void factsThatDoNotFitTheConstitutionStopTheApplication() throws Exception {
        Path facts = Files.writeString(dir.resolve("facts.json"), "{\"role\": [[\"support-bot\", \"teller\"]]}");

        runner.withPropertyValues("charter.guard.facts=" + facts)
                .run(context -> assertStartupFailure(context, "charter.guard.facts (" + facts + ") was refused: "));
    }

    @Test
    void aLedgerWithoutItsKeyStopsTheApplication() {
        runner.withPropertyValues("charter.guard.ledger-key=")
                .run(context -> assertStartupFailure(
                        context,
                        "charter.guard.ledger-key is not set: it names the private key that signs the ledger"));
    }

    @Test
    void aToolBeanAnOrdinaryPostProcessorNeedsIsGuardedBeforeItGetsIt() {
        runner.withUserConfiguration(OrdinaryToolUser.class).run(context -> {
            assertNull(context.getStartupFailure());
            assertInstanceOf(CharterToolCallback.class, context.getBean(OrdinaryToolUser.class).given);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OrdinaryToolUser {
        ToolCallback given;

        @Bean
        static ToolCallback usedTool() {
            return new CountingTool("get_weather");
        }

        @Bean
        static BeanPostProcessor needsTheTool(ToolCallback usedTool, OrdinaryToolUser config) {
            config.given = usedTool;
            return new BeanPostProcessor() {};
        }
    }

    @Test
    void aToolBeanCreatedBeforeTheGuardCouldWrapItStopsTheApplication() {
        runner.withUserConfiguration(EarlyToolUser.class)
                .run(context -> assertStartupFailure(
                        context, "the tool beans [earlyTool] were created before Charter could guard them"));
    }

    @Configuration(proxyBeanMethods = false)
    static class EarlyToolUser {

        @Bean
        static ToolCallback earlyTool() {
            return new CountingTool("get_weather");
        }

        @Bean
        static PriorityBeanPostProcessor needsATool(ToolCallback earlyTool) {
            return new PriorityBeanPostProcessor();
        }
    }

    static final class PriorityBeanPostProcessor implements BeanPostProcessor, PriorityOrdered {
        @Override
        public int getOrder() {
            return 0;
        }
    }

    @Test
    void theFailureAnalyzerSaysWhatToFixWithoutAStackTrace() {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation(
                        getClass().getClassLoader())
                .load(FailureAnalyzer.class, null, SpringFactoriesLoader.FailureHandler.handleMessage((m, e) -> {}));
        FailureAnalyzer ours = analyzers.stream()
                .filter(CharterGuardFailureAnalyzer.class::isInstance)
                .findFirst()
                .orElseThrow(() -> new AssertionError("registered in META-INF/spring.factories: " + analyzers));

        runner.withPropertyValues("charter.guard.bundle=" + dir.resolve("missing.bundle"))
                .run(context -> {
                    FailureAnalysis analysis = ours.analyze(context.getStartupFailure());
                    assertNotNull(analysis);
                    assertEquals(
                            "Charter cannot guard the application's tools: charter.guard.bundle ("
                                    + dir.resolve("missing.bundle") + ") cannot be read: no such file",
                            analysis.getDescription());
                    assertTrue(analysis.getAction().startsWith("Fix charter.guard.bundle."), analysis.getAction());
                });
    }

    private static void assertStartupFailure(AssertableApplicationContext context, String messageStart) {
        Throwable failure = context.getStartupFailure();
        assertNotNull(failure, "the application must not start");
        Throwable cause = failure;
        while (cause != null && !(cause instanceof CharterGuardConfigurationException)) {
            cause = cause.getCause();
        }
        assertNotNull(cause, () -> "a CharterGuardConfigurationException stops it, not: " + failure);
        assertTrue(cause.getMessage().startsWith(messageStart), cause.getMessage());
    }
}
