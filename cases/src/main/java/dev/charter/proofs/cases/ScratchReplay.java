package dev.charter.proofs.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.RecordedDecision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides a witness's earlier requests in order into a {@link ScratchLedger}, all at the witness
 * request's time, approving the escalations that must count as permitted, then the witness request
 * last, and reports the decisions.
 */
final class ScratchReplay {

    private ScratchReplay() {}

    /**
     * @param planned each earlier request as decided, approved when it escalated and must count as permitted
     * @param witness the witness request's decision over them; null when an earlier request failed
     * @param problem which earlier request a {@code permitted} query counts was not permitted, or why the ledger failed
     */
    record Run(List<HistoryRealizer.Planned> planned, Decision witness, Optional<String> problem) {}

    /** Decides the plan, approving the escalations of requests that must count as permitted; stops at one that is denied. */
    static Run runPlanned(Program program, FactSnapshot facts, List<HistoryRealizer.Planned> plan, ObjectNode witness) {
        Instant at = Instant.parse(witness.get("time").asText());
        List<HistoryRealizer.Planned> decided = new ArrayList<>();
        try (ScratchLedger ledger = ScratchLedger.open(engine(program, facts), SigningKey.generate(), at)) {
            for (int i = 0; i < plan.size(); i++) {
                HistoryRealizer.Planned entry = plan.get(i);
                RecordedDecision recorded =
                        ledger.decide(Request.parse(entry.request().toString()), at);
                Effect effect = recorded.decision().effect();
                boolean approve = entry.mustBePermitted() && effect == Effect.ESCALATE;
                if (entry.mustBePermitted() && effect == Effect.DENY) {
                    return new Run(
                            decided,
                            null,
                            Optional.of("earlier request " + (i + 1) + " ("
                                    + entry.request().get("action").asText()
                                    + ") is denied ("
                                    + recorded.decision().reasonCode().keyword() + ": "
                                    + recorded.decision().reason() + "), so it does not count as permitted"));
                }
                if (approve) {
                    ledger.resolve(recorded.seq(), true, at);
                }
                decided.add(new HistoryRealizer.Planned(entry.request(), entry.mustBePermitted(), approve));
            }
            return new Run(decided, decideWitness(ledger, witness, at), Optional.empty());
        } catch (IOException | LedgerException e) {
            return new Run(decided, null, Optional.of("the scratch ledger failed: " + e.getMessage()));
        }
    }

    /** Decides a realized history as it was confirmed, then the witness request. */
    static Run run(Program program, FactSnapshot facts, List<RealizedHistory.Entry> entries, ObjectNode witness) {
        Instant at = Instant.parse(witness.get("time").asText());
        try (ScratchLedger ledger = ScratchLedger.open(engine(program, facts), SigningKey.generate(), at)) {
            for (RealizedHistory.Entry entry : entries) {
                RecordedDecision recorded =
                        ledger.decide(Request.parse(entry.request().toString()), at);
                if (entry.approved()) {
                    ledger.resolve(recorded.seq(), true, at);
                }
            }
            return new Run(List.of(), decideWitness(ledger, witness, at), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("the scratch ledger failed", e);
        } catch (LedgerException e) {
            throw new IllegalStateException("the scratch ledger failed: " + e.getMessage(), e);
        }
    }

    private static Decision decideWitness(ScratchLedger ledger, ObjectNode witness, Instant at) {
        return ledger.decide(Request.parse(witness.toString()).explained(), at).decision();
    }

    private static Engine engine(Program program, FactSnapshot facts) {
        Engine engine = Engine.forProgram(program);
        engine.attach(facts);
        return engine;
    }
}
