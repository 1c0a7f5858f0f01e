package dev.charter.runtime.ir;

/**
 * A decision without a rule: what {@code default} and {@code on conflict} say. {@code route} is
 * present exactly when the effect is {@link Effect#ESCALATE}; neither may be PERMIT.
 */
public record Outcome(Effect effect, String route, SourceSpan span) {

    public Outcome {
        if (effect == Effect.PERMIT) {
            throw new IllegalArgumentException("a default or conflict outcome is never permit");
        }
        if ((effect == Effect.ESCALATE) != (route != null)) {
            throw new IllegalArgumentException("a route is given exactly for escalate");
        }
    }

    public static Outcome deny(SourceSpan span) {
        return new Outcome(Effect.DENY, null, span);
    }
}
