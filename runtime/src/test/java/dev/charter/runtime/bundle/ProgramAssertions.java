package dev.charter.runtime.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.runtime.ir.Program;
import dev.charter.runtime.json.CanonicalJson;

/** Program has no equals of its own: two programs are equal when every component is. */
final class ProgramAssertions {

    private ProgramAssertions() {}

    static void assertSameProgram(Program expected, Program actual) {
        assertEquals(expected.metadata(), actual.metadata());
        assertEquals(expected.schema(), actual.schema());
        assertEquals(expected.relations(), actual.relations());
        assertEquals(expected.strata(), actual.strata());
        assertEquals(expected.rules(), actual.rules());
        assertEquals(expected.defaultOutcome(), actual.defaultOutcome());
        assertEquals(expected.conflictOutcome(), actual.conflictOutcome());
        assertEquals(expected.assertions(), actual.assertions());
        assertEquals(expected.routes(), actual.routes());
        assertArrayEquals(
                CanonicalJson.bytes(ProgramJson.encode(expected)), CanonicalJson.bytes(ProgramJson.encode(actual)));
    }
}
