package dev.charter.runtime;

import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.Program;
import java.math.BigDecimal;

/**
 * The history a decision reads: for each query of the program ({@link Program#historyQueries}, by
 * index), aggregates of the earlier decisions it selects. The engine calls it once per history
 * term it evaluates ({@code Engine.decide(Request, HistoryReader)}), on the thread deciding, before
 * the decision is recorded; an implementation backed by a ledger answers for the ledger's records
 * before the current decision's, so that the state is a function of the ledger prefix.
 *
 * <p>Which earlier decisions query {@code q} selects, for the {@code current} request:
 * <ul>
 *   <li>the action: its name is the query's action name, or starts with its prefix
 *       ({@link HistoryQuery#matchesAction});</li>
 *   <li>the effect: for {@link HistoryQuery.EffectFilter#ANY} every decision, whatever its effect;
 *       for {@link HistoryQuery.EffectFilter#PERMITTED} a decision that permitted, and an
 *       escalation once a reviewer approved it, counted at the time of its approving resolution
 *       (an escalation still pending, denied or timed out does not count);</li>
 *   <li>the equalities ({@link HistoryQuery.Match}): the earlier request's agent, session or
 *       parameter equals the current request's; an earlier request that lacks the value agrees with
 *       no request. The engine never asks about a current request that lacks it: the term has
 *       no value then, and the decision is DENY with {@link ReasonCode#MISSING_ATTRIBUTE};</li>
 *   <li>the window: {@link HistoryQuery.Window.Within} selects decisions whose time (a
 *       resolution's time for an approved escalation) lies within the latest {@code minutes}
 *       minutes of the ledger's clock, counted in whole minutes of the records' own times
 *       (docs/ledger-format.md, "History"), never of the request's {@code time}, which the
 *       caller sets; {@link HistoryQuery.Window.Always} selects every earlier decision.</li>
 * </ul>
 *
 * <p>The methods are called on hot paths: an implementation should answer without allocating
 * (a sum's {@link BigDecimal} may be one the implementation holds). An implementation that cannot
 * answer throws; the engine then denies with {@link ReasonCode#HISTORY_UNAVAILABLE} (never a
 * guessed value).
 */
public interface HistoryReader {

    /** How many earlier decisions query {@code query} selects for {@code current}; at least 0. */
    long count(int query, Request current);

    /**
     * The exact sum of the {@code int} summand of query {@code query} over the earlier decisions
     * it selects for {@code current}, a decision whose request lacks the summand adding 0; 0 when
     * it selects none.
     *
     * @throws ArithmeticException when the exact sum does not fit in a {@code long} (the engine
     *     denies with {@code arithmetic_overflow})
     */
    long intSum(int query, Request current);

    /**
     * The exact sum of the {@code decimal} summand of query {@code query} over the earlier
     * decisions it selects for {@code current}, a decision whose request lacks the summand adding
     * 0; zero when it selects none. Never null.
     */
    BigDecimal decimalSum(int query, Request current);
}
