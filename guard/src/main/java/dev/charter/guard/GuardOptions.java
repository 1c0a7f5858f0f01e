package dev.charter.guard;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ToolGuard} maps and waits.
 *
 * @param naming            how tool names become action names
 * @param clock             the time put in each request ({@code time})
 * @param escalationTimeout how long the default {@link EscalationWait} waits for a reviewer
 *                          before it records a TIMEOUT resolution and refuses the call
 */
public record GuardOptions(ActionNaming naming, Clock clock, Duration escalationTimeout) {

    public GuardOptions {
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(escalationTimeout, "escalationTimeout");
        if (escalationTimeout.isNegative() || escalationTimeout.isZero()) {
            throw new IllegalArgumentException("the escalation timeout is positive: " + escalationTimeout);
        }
    }

    /** Identity naming, the system clock in UTC, 5 minutes for a reviewer. */
    public static GuardOptions defaults() {
        return new GuardOptions(ActionNaming.identity(), Clock.systemUTC(), Duration.ofMinutes(5));
    }

    public GuardOptions withNaming(ActionNaming naming) {
        return new GuardOptions(naming, clock, escalationTimeout);
    }

    public GuardOptions withClock(Clock clock) {
        return new GuardOptions(naming, clock, escalationTimeout);
    }

    public GuardOptions withEscalationTimeout(Duration escalationTimeout) {
        return new GuardOptions(naming, clock, escalationTimeout);
    }
}
