package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.Value;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    @Test
    void aStringWithAnUnpairedSurrogateCannotBeCarriedByAWitness() {
        assertFalse(JsonValues.carriable(new Value.StringValue("a\ud800")));
        assertFalse(JsonValues.carriable(new Value.StringValue("\udc00b")));
        assertFalse(JsonValues.carriable(new Value.StringValue("\udc00\ud800")));
    }

    @Test
    void pairedSurrogatesAndOtherValuesAreCarried() {
        assertTrue(JsonValues.carriable(new Value.StringValue("a\ud83d\ude00b")));
        assertTrue(JsonValues.carriable(new Value.StringValue("")));
        assertTrue(JsonValues.carriable(new Value.IntValue(Long.MIN_VALUE)));
    }
}
