package dev.charter.server;

import java.util.List;

/**
 * Who a bearer token authenticates: an agent that asks for decisions, a reviewer who resolves
 * escalations, or an operator who swaps the bundle and the fact snapshot.
 */
public sealed interface Principal {

    String name();

    /** An agent: every request it sends must name it as {@code agent}. */
    record Agent(String name) implements Principal {}

    /** A reviewer and the routes whose escalations it may resolve ({@code "*"} for all). */
    record Reviewer(String name, List<String> routes) implements Principal {
        public Reviewer {
            routes = List.copyOf(routes);
        }

        public boolean mayResolve(String route) {
            return routes.contains(ServerConfig.ANY_ROUTE) || routes.contains(route);
        }
    }

    /** An operator: may swap the bundle and the fact snapshot. */
    record Operator(String name) implements Principal {}
}
