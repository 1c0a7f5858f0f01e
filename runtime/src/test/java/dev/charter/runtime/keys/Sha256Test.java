package dev.charter.runtime.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sha256Test {

    /** FIPS 180-2, appendix B.1: the digest of "abc". */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void digestsMatchTheStandardsTestVector() {
        byte[] abc = "abc".getBytes(StandardCharsets.UTF_8);

        assertEquals(ABC, HexFormat.of().formatHex(Sha256.of(abc)));
        assertEquals(Sha256.SIZE, Sha256.of(abc).length);
    }

    @Test
    void aDigestFedInPartsEqualsTheDigestOfTheWhole() {
        var digest = Sha256.newDigest();
        digest.update((byte) 'a');
        digest.update("bc".getBytes(StandardCharsets.UTF_8));

        assertArrayEquals(Sha256.of("abc".getBytes(StandardCharsets.UTF_8)), digest.digest());
    }

    @Test
    void textIsThePrefixAndLowerCaseHex() {
        String text = Sha256.text("abc".getBytes(StandardCharsets.UTF_8));

        assertEquals("sha256:" + ABC, text);
        assertTrue(Sha256.isText(text));
    }

    @Test
    void isTextRefusesAnythingElse() {
        assertFalse(Sha256.isText(null));
        assertFalse(Sha256.isText(ABC));
        assertFalse(Sha256.isText("sha256:" + ABC.toUpperCase()));
        assertFalse(Sha256.isText("sha256:" + ABC.substring(2)));
        assertFalse(Sha256.isText("sha512:" + ABC));
        assertFalse(Sha256.isText("sha256:" + ABC + "00"));
    }
}
