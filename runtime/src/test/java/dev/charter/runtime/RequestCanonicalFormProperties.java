package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A request has one exact canonical form: parsing it gives the same request, its UTF-8 bytes
 * decode to it unchanged, and a request with no such form is refused with a reason code, never
 * with any other exception.
 */
class RequestCanonicalFormProperties {

    @Provide
    Arbitrary<String> texts() {
        return AdversarialRequests.texts();
    }

    @Property(tries = 2000)
    void parseThenCanonicalThenParseIsTheIdentity(@ForAll("texts") String text) {
        Request request;
        try {
            request = Request.parse(text);
        } catch (RequestFormatException refused) {
            assertEquals(
                    true,
                    refused.reasonCode() == ReasonCode.MALFORMED_REQUEST
                            || refused.reasonCode() == ReasonCode.REQUEST_LIMIT_EXCEEDED,
                    refused.getMessage());
            return;
        }
        String canonical = request.toJson();
        Request again = Request.parse(canonical);

        assertEquals(request, again);
        assertEquals(canonical, again.toJson());
        assertEquals(canonical, new String(canonical.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
