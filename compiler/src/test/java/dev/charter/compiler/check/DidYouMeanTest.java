package dev.charter.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void suggestsTheDeclaredNameOneEditAway() {
        assertEquals(
                "amount",
                DidYouMean.suggest("amout", List.of("destination", "amount")).orElseThrow());
    }

    @Test
    void countsAnAdjacentTranspositionAsOneEdit() {
        assertEquals(1, DidYouMean.distance("ammount", "amount"));
        assertEquals(1, DidYouMean.distance("amuont", "amount"));
    }

    @Test
    void prefersTheNameThatDiffersOnlyInCase() {
        assertEquals(
                "Active",
                DidYouMean.suggest("active", List.of("activ", "Active")).orElseThrow());
    }

    @Test
    void offersNothingForUnrelatedNames() {
        assertNull(DidYouMean.help("x", List.of("y", "amount")));
        assertNull(DidYouMean.help("share_data", List.of("initiate_payment")));
    }

    @Test
    void phrasesTheHelpAsAQuestion() {
        assertEquals(
                "did you mean `identity_verified`?",
                DidYouMean.help("identity_verifed", List.of("identity_verified", "market_halted")));
    }

    @Test
    void keepsTheFirstOfEquallyCloseCandidates() {
        assertEquals("cat", DidYouMean.suggest("bat", List.of("cat", "hat")).orElseThrow());
    }

    @Property
    void distanceIsASymmetricMetricBoundedByTheLongerLength(
            @ForAll @AlphaChars @StringLength(max = 12) String a,
            @ForAll @AlphaChars @StringLength(max = 12) String b) {
        int d = DidYouMean.distance(a, b);
        assertEquals(d, DidYouMean.distance(b, a));
        assertEquals(0, DidYouMean.distance(a, a));
        org.junit.jupiter.api.Assertions.assertTrue(d <= Math.max(a.length(), b.length()));
    }
}
