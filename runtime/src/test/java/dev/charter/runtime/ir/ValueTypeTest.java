package dev.charter.runtime.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValueTypeTest {

    @Test
    void aTypeIsNamedInMessagesWithItsIndefiniteArticle() {
        assertEquals("an int", PrimitiveType.INT.withArticle());
        assertEquals("an action", PrimitiveType.ACTION.withArticle());
        assertEquals("an effect", PrimitiveType.EFFECT.withArticle());
        assertEquals("a decimal", PrimitiveType.DECIMAL.withArticle());
        assertEquals("a bool", PrimitiveType.BOOL.withArticle());
        assertEquals("a string", PrimitiveType.STRING.withArticle());
        assertEquals("a date", PrimitiveType.DATE.withArticle());
    }

    @Test
    void anEnumIsNamedAsAValueOfItWhateverItsFirstLetter() {
        assertEquals("a value of AccountStatus", new EnumType("AccountStatus").withArticle());
        assertEquals("a value of Tier", new EnumType("Tier").withArticle());
    }
}
