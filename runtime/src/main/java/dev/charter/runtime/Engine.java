package dev.charter.runtime;

import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.datalog.Budget;
import dev.charter.runtime.datalog.BudgetExceededException;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.json.JsonLimits;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embeddable decision engine: one compiled constitution, one attached fact snapshot, and
 * {@link #decide} for every action an agent wants to take.
 *
 * <p>Fail-closed by construction: {@code decide} never throws, and every error — an unknown
 * action, a missing, ill-typed or undeclared attribute, overflow, an exhausted budget, an
 * unusable snapshot, no valid bundle, any unexpected exception — is a DENY with a
 * {@link ReasonCode}. PERMIT comes only from a permit rule that won on priority.
 *
 * <p>Thread-safe. The program is compiled once; {@link #attach} materialises a new snapshot
 * off to the side and swaps it in atomically, so decisions in flight finish on the snapshot they
 * started with.
 *
 * <pre>{@code
 * Engine engine = Engine.forProgram(program);
 * engine.attach(FactSnapshot.parse(Files.readAllBytes(Path.of("facts.json"))));
 * Decision d = engine.decide(Request.parse(json));
 * if (d.permitted()) { ... }
 * }</pre>
 */
public final class Engine {

    /** The bundle digest recorded by engines built from a program rather than a signed bundle. */
    public static final String UNSIGNED = "unsigned";

    private final DecisionPlan plan;
    private final String bundleDigest;
    private final Budget budget;
    private final FaultProbe probe;
    private final String noBundleReason;
    private final AtomicReference<Attachment> attachment;

    private Engine(DecisionPlan plan, String bundleDigest, Budget budget, FaultProbe probe, String noBundleReason) {
        this.plan = plan;
        this.bundleDigest = bundleDigest;
        this.budget = budget;
        this.probe = probe;
        this.noBundleReason = noBundleReason;
        this.attachment = new AtomicReference<>(Attachment.failed(null, ReasonCode.NO_VALID_BUNDLE, noBundleReason));
        if (plan != null) {
            attachQuietly(FactSnapshot.empty());
        }
    }

    /**
     * An engine for a program that did not come from a verified bundle (tools, tests, the
     * solver's witness checks); its decisions record the bundle digest {@value #UNSIGNED}. The
     * empty snapshot is attached.
     */
    public static Engine forProgram(Program program) {
        return forProgram(program, Budget.DEFAULT);
    }

    /**
     * An engine for a verified bundle (read with {@code BundleReader.read}, which refuses a
     * bundle that is unsigned, tampered with or signed by an untrusted key); its decisions record
     * the bundle's digest. The empty snapshot is attached.
     */
    public static Engine forBundle(Bundle bundle) {
        return forBundle(bundle, Budget.DEFAULT);
    }

    /** {@link #forBundle(Bundle)} with an evaluation budget. */
    public static Engine forBundle(Bundle bundle, Budget budget) {
        return new Engine(DecisionPlan.compile(bundle.program()), bundle.digest(), budget, FaultProbe.NONE, null);
    }

    /** {@link #forProgram(Program)} with an evaluation budget. */
    public static Engine forProgram(Program program, Budget budget) {
        return new Engine(DecisionPlan.compile(program), UNSIGNED, budget, FaultProbe.NONE, null);
    }

    static Engine forProgram(Program program, Budget budget, FaultProbe probe) {
        return new Engine(DecisionPlan.compile(program), UNSIGNED, budget, probe, null);
    }

    /**
     * An engine without a valid bundle (it was missing, unsigned, tampered with or signed by an
     * untrusted key): every decision is DENY with {@link ReasonCode#NO_VALID_BUNDLE} and
     * {@code why} as its reason.
     */
    public static Engine failClosed(String why) {
        return new Engine(null, "none", Budget.DEFAULT, FaultProbe.NONE, Objects.requireNonNull(why));
    }

    /**
     * Types {@code snapshot} against the program, materialises everything its Datalog derives,
     * and makes it the snapshot of every later decision.
     *
     * <p>When the snapshot is refused the engine does not keep the previous one (its facts may be
     * the very ones being revoked): it denies every decision, with {@link ReasonCode#INVALID_FACTS}
     * or {@link ReasonCode#BUDGET_EXCEEDED}, until a snapshot is attached successfully. An engine
     * without a valid bundle ignores snapshots.
     *
     * @throws InvalidFactsException when the snapshot does not fit the program
     * @throws BudgetExceededException when materialising it exceeds the budget
     */
    public void attach(FactSnapshot snapshot) {
        if (plan == null) {
            return;
        }
        try {
            attachment.set(plan.attach(snapshot, budget));
        } catch (InvalidFactsException e) {
            attachment.set(Attachment.failed(snapshot.digest(), ReasonCode.INVALID_FACTS, e.getMessage()));
            throw e;
        } catch (BudgetExceededException e) {
            attachment.set(Attachment.failed(snapshot.digest(), ReasonCode.BUDGET_EXCEEDED, e.getMessage()));
            throw e;
        } catch (RuntimeException e) {
            attachment.set(Attachment.failed(
                    snapshot.digest(),
                    ReasonCode.INTERNAL_ERROR,
                    "the fact snapshot could not be attached (" + e.getClass().getSimpleName() + ")"));
            throw e;
        }
    }

    private void attachQuietly(FactSnapshot snapshot) {
        try {
            attach(snapshot);
        } catch (RuntimeException e) {
            // The failure is recorded in the attachment: every decision names it.
        }
    }

    /**
     * Decides one request without a history: a decision that reads the history of earlier
     * decisions ({@code count}, {@code sum}, {@code exists}) is DENY with
     * {@link ReasonCode#HISTORY_UNAVAILABLE}, never decided as if the history were empty. Never
     * throws; see the class description.
     */
    public Decision decide(Request request) {
        return decideWith(request, null);
    }

    /**
     * Decides one request, its history terms read from {@code history} (for the ledger's
     * decisions before this one). Never throws; see the class description.
     */
    public Decision decide(Request request, HistoryReader history) {
        return decideWith(request, Objects.requireNonNull(history));
    }

    private Decision decideWith(Request request, HistoryReader history) {
        Attachment current = attachment.get();
        try {
            if (request == null) {
                return deny(ReasonCode.MALFORMED_REQUEST, "no request", null, current);
            }
            if (!current.usable()) {
                return deny(current.failure(), current.problem(), request, current);
            }
            return new Evaluation(plan, current, bundleDigest, budget, probe).decide(request, history);
        } catch (Throwable t) {
            return deny(
                    ReasonCode.INTERNAL_ERROR,
                    "internal error (" + t.getClass().getSimpleName() + "); the request is denied",
                    request,
                    current);
        }
    }

    /**
     * Parses and decides a request; malformed JSON is DENY with {@link ReasonCode#MALFORMED_REQUEST},
     * a request beyond a limit of {@link JsonLimits} DENY with {@link ReasonCode#REQUEST_LIMIT_EXCEEDED}.
     * Never throws.
     */
    public Decision decideJson(String json) {
        return decideJson(json, false, null);
    }

    /** {@link #decideJson(String)} with the history read from {@code history}. Never throws. */
    public Decision decideJson(String json, HistoryReader history) {
        return decideJson(json, false, Objects.requireNonNull(history));
    }

    /**
     * {@link #decideJson(String)}, explained: the request is decided as if it asked for an
     * explanation ({@link Request#explained()}), whatever it says. For tools that compare every
     * deciding rule (tests, the solver's confirmations). Never throws.
     */
    public Decision explainJson(String json) {
        return decideJson(json, true, null);
    }

    /** {@link #explainJson(String)} with the history read from {@code history}. Never throws. */
    public Decision explainJson(String json, HistoryReader history) {
        return decideJson(json, true, Objects.requireNonNull(history));
    }

    private Decision decideJson(String json, boolean explain, HistoryReader history) {
        Request request;
        try {
            request = explain ? Request.parse(json).explained() : Request.parse(json);
        } catch (RequestFormatException e) {
            return deny(e.reasonCode(), e.getMessage(), null, attachment.get());
        } catch (Throwable t) {
            return deny(
                    ReasonCode.MALFORMED_REQUEST,
                    "the request could not be read (" + t.getClass().getSimpleName() + ")",
                    null,
                    attachment.get());
        }
        return decideWith(request, history);
    }

    private Decision deny(ReasonCode code, String reason, Request request, Attachment current) {
        return new Decision(
                Effect.DENY,
                null,
                List.of(),
                reason,
                code,
                Trace.bare(bundleDigest, current.snapshotDigest(), request));
    }

    /** The program this engine decides by; null for an engine without a valid bundle. */
    public Program program() {
        return plan == null ? null : plan.program;
    }

    /** The digest of the bundle the program came from, {@value #UNSIGNED}, or {@code none}. */
    public String bundleDigest() {
        return bundleDigest;
    }

    /** The digest of the attached snapshot (also of one that was refused); null without a bundle. */
    public String snapshotDigest() {
        return attachment.get().snapshotDigest();
    }
}
