package dev.charter.proofs.generators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.proofs.agreement.AgreementCheck;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Program;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Requests with object arguments, nested and optional: valid for the schema, and decided alike by runtime and solver. */
class ObjectRequestProperties {

    private static final Program PROGRAM = Compiler.compile(List.of(new SourceFile("shop.charter", """
                    constitution "shop" version 1 { timezone "UTC" }
                    action ship {
                      order: string,
                      address: { city: string, zip?: int, geo?: { lat: int, ... } },
                      gift?: { note: string, wrap?: bool },
                    }
                    rule paris:
                      permit ship
                      when request.address.city == "Paris"
                       and (request.address.zip == null or request.address.zip < 75999);
                    rule wrapped:
                      escalate ship to "gifts"
                      when request.gift != null and request.gift.wrap != null and request.gift.wrap
                      priority 10;
                    rule north:
                      deny ship
                      when request.address.geo != null and request.address.geo.lat > 60
                      priority 20;
                    default deny;
                    """)))
            .program()
            .orElseThrow();

    private static final AgreementCheck CHECK = new AgreementCheck(PROGRAM);

    @AfterContainer
    static void releaseTheEncodings() {
        CHECK.close();
    }

    @Provide
    Arbitrary<Request> requests() {
        return RequestArbitraries.of(PROGRAM, FactSnapshot.empty()).requests();
    }

    @Property(tries = 200)
    void everyGeneratedRequestWithObjectsIsValidForTheSchema(@ForAll("requests") Request request) {
        Decision decision = Engine.forProgram(PROGRAM).decide(request);
        assertTrue(
                decision.reasonCode() == ReasonCode.RULE || decision.reasonCode() == ReasonCode.DEFAULT,
                () -> decision.reasonCode() + " on " + request.toJson());
    }

    @Property(tries = 200)
    void runtimeAndSolverAgreeOnObjectArguments(@ForAll("requests") Request request) {
        assertTrue(
                CHECK.check(FactSnapshot.empty(), request).isEmpty(),
                () -> CHECK.check(FactSnapshot.empty(), request).get().toString());
    }
}
