package dev.charter.proofs.cases;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CaseFileProperties {

    private static final String VALID =
            "facts { \"relations\": {} }\ntest \"t\" {\n  request { \"action\": \"a\", \"request\": { \"n\": 1.50 } }\n"
                    + "  expect escalate to \"ops\" by r1, r2 because \"why\" code rule\n}\n";

    @Property(tries = 2000)
    void any_text_parses_or_fails_with_a_located_message(@ForAll("mutations") String text) {
        try {
            CaseFile.parse("f", text);
        } catch (CaseFileException e) {
            if (!e.getMessage().matches("(?s)f:\\d+:\\d+: .+")) {
                throw new AssertionError("unlocated message: " + e.getMessage());
            }
        }
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<String> truncated =
                Arbitraries.integers().between(0, VALID.length()).map(n -> VALID.substring(0, n));
        Arbitrary<String> spliced = Arbitraries.integers()
                .between(0, VALID.length())
                .flatMap(n -> Arbitraries.strings()
                        .ofMaxLength(4)
                        .withChars("{}\"\\/,: \nabz")
                        .map(s -> VALID.substring(0, n) + s + VALID.substring(n)));
        return Arbitraries.oneOf(truncated, spliced, Arbitraries.strings().ofMaxLength(60));
    }
}
