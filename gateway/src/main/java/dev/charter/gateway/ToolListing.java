package dev.charter.gateway;

import dev.charter.server.Deployment;
import dev.charter.solver.ActionAvailability;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Which tools {@code tools/list} shows each agent: those whose action the solver does not prove
 * unavailable to it ({@link ActionAvailability}, for requests without a context, as the gateway
 * sends them) under the deployment in force. Computed once per deployment — at start, and after
 * a bundle or facts swap, off the caller's thread — never per call. While a new deployment's
 * table is being computed, and for anything inconclusive, every tool is listed: this is a
 * convenience for the agent, the call itself is always decided.
 */
final class ToolListing {

    private record Computed(Deployment deployment, ActionAvailability.Table table) {}

    private final Supplier<Deployment> current;
    private final List<String> agents;
    private final List<String> actions;
    private final Duration queryTimeout;
    private final Executor executor;
    private final PrintStream log;
    private final Runnable changed;
    private final AtomicReference<Computed> computed = new AtomicReference<>();
    private final AtomicReference<Deployment> computing = new AtomicReference<>();

    /**
     * @param changed told when a new table is in force (the servers then send {@code tools/list_changed})
     */
    ToolListing(
            Supplier<Deployment> current,
            List<String> agents,
            List<String> actions,
            Duration queryTimeout,
            Executor executor,
            PrintStream log,
            Runnable changed) {
        this.current = current;
        this.agents = List.copyOf(agents);
        this.actions = List.copyOf(actions);
        this.queryTimeout = queryTimeout;
        this.executor = executor;
        this.log = log;
        this.changed = changed;
    }

    /** Computes the table of the deployment in force now, on this thread (at start). */
    void computeNow() {
        Deployment deployment = current.get();
        computed.set(new Computed(deployment, table(deployment)));
    }

    /** Whether {@code agent} is shown the tool of {@code action}. */
    boolean listed(String agent, String action) {
        Deployment deployment = current.get();
        Computed now = computed.get();
        if (now == null || now.deployment() != deployment) {
            refresh(deployment);
            return true;
        }
        return now.table().possible(agent, action);
    }

    private void refresh(Deployment deployment) {
        Deployment before = computing.get();
        if (before == deployment || !computing.compareAndSet(before, deployment)) {
            return;
        }
        CompletableFuture.runAsync(
                () -> {
                    ActionAvailability.Table table = table(deployment);
                    computed.set(new Computed(deployment, table));
                    changed.run();
                },
                executor);
    }

    private ActionAvailability.Table table(Deployment deployment) {
        long started = System.nanoTime();
        try {
            ActionAvailability.Table table = ActionAvailability.analyze(
                    deployment.bundle().program(),
                    deployment.facts(),
                    agents,
                    actions,
                    new ActionAvailability.Options(queryTimeout, false));
            log.printf(
                    "charter gateway: tool availability for %d agent(s) and %d tool(s) computed in %d ms%n",
                    agents.size(), actions.size(), (System.nanoTime() - started) / 1_000_000);
            return table;
        } catch (RuntimeException | LinkageError e) {
            log.println("charter gateway: tool availability could not be computed, so every tool is listed: "
                    + Failures.describe(e));
            return new ActionAvailability.Table(java.util.Map.of());
        }
    }
}
