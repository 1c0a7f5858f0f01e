package dev.charter.proofs.generators;

import java.util.Iterator;
import java.util.function.Predicate;
import net.jqwik.api.Shrinkable;

/**
 * Shrinks a failing value outside a jqwik property (the JUnit 5 extension, tools): walks jqwik's
 * own shrink candidates greedily, moving to the first that still fails, until none does. Within
 * a {@code @Property} jqwik shrinks by itself; this gives the same candidates elsewhere.
 */
public final class Shrinking {

    /** Candidates tried at most, so a slow check cannot stall a run. */
    private static final int MAX_STEPS = 2000;

    private Shrinking() {}

    /** The smallest value reached from {@code failing} on which {@code fails} still holds. */
    public static <T> T smallest(Shrinkable<T> failing, Predicate<T> fails) {
        Shrinkable<T> current = failing;
        int steps = 0;
        boolean moved = true;
        while (moved && steps < MAX_STEPS) {
            moved = false;
            for (Iterator<Shrinkable<T>> candidates = current.shrink().iterator();
                    candidates.hasNext() && steps < MAX_STEPS;
                    steps++) {
                Shrinkable<T> candidate = candidates.next();
                if (fails.test(candidate.value())) {
                    current = candidate;
                    moved = true;
                    break;
                }
            }
        }
        return current.value();
    }
}
