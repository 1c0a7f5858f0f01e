package dev.charter.examples.agent;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Request;

/**
 * The person an escalation is routed to. {@link #approve} blocks until they decide, which is
 * exactly what an agent must do with an escalated action: wait, not guess.
 */
@FunctionalInterface
public interface HumanReviewer {

    /** True when the reviewer on {@code decision.route()} lets the request go ahead. */
    boolean approve(Request request, Decision decision);
}
