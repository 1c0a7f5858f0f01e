package dev.charter.proofs.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The extension used exactly as a user would: the fintech example's cases, its assertion and the
 * agreement property run as tests of this build.
 */
@CharterConstitution(value = "../examples/fintech/lending.charter", requests = 500)
class FintechConstitutionTest {

    @TestFactory
    Stream<DynamicNode> lendingConstitution(CharterSuite suite) {
        return suite.tests();
    }
}
