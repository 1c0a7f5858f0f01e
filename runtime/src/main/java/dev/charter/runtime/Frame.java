package dev.charter.runtime;

import dev.charter.runtime.datalog.Lookup;
import dev.charter.runtime.ir.Value;
import java.util.Arrays;
import java.util.List;

/**
 * The working state of one decision: the request's attributes in their pre-resolved slots, what
 * the conditions read, and the Datalog atoms they checked (for the trace). Never shared between
 * threads.
 */
final class Frame {

    /** The most facts the variables of a decision's conditions may be bound to, all bindings together. */
    static final long MAX_BINDINGS = 100_000;

    private static final Object[] NO_VARIABLES = new Object[0];
    private static final int[] NO_READS = new int[0];
    private static final Object[] NO_VALUES = new Object[0];

    final Object[] slots;
    final Object[] vars;
    final boolean[] read;
    final Lookup[] lookups;
    final int action;
    final String agent;
    final Request request;
    final HistoryReader history;
    int rule = -1;
    private final long regexBudget;
    private long regexSteps;
    private long bindings;

    int atomCount;
    int[] atomRules = new int[0];
    int[] atomSites = new int[0];
    int[] atomHandles = new int[0];
    Value[][] atomKeys = new Value[0][];

    int historyCount;
    // Shared empty arrays until the first history read: a decision that reads no history allocates nothing for it.
    int[] historyRules = NO_READS;
    int[] historySites = NO_READS;
    Object[] historyValues = NO_VALUES;

    /**
     * @param request the request decided, which history terms pass to {@code history}
     * @param history the reader of earlier decisions; null when the engine has none
     */
    Frame(
            int slotCount,
            int variableCount,
            Lookup[] lookups,
            int action,
            String agent,
            long regexBudget,
            Request request,
            HistoryReader history) {
        this.request = request;
        this.history = history;
        this.slots = new Object[slotCount];
        this.vars = variableCount == 0 ? NO_VARIABLES : new Object[variableCount];
        this.read = new boolean[slotCount];
        this.lookups = lookups;
        this.action = action;
        this.agent = agent;
        this.regexBudget = regexBudget;
    }

    /**
     * A frame with this one's bound attributes and budget but nothing read or checked yet, for
     * evaluating conditions again ({@link Explainer}) without touching this decision's trace.
     */
    Frame fresh() {
        Frame copy = new Frame(slots.length, vars.length, lookups, action, agent, regexBudget, request, history);
        System.arraycopy(slots, 0, copy.slots, 0, slots.length);
        return copy;
    }

    Object read(int slot) {
        read[slot] = true;
        return slots[slot];
    }

    /**
     * Recorded atom {@code i} as text: with the values the request gave it, or, for a fact read to
     * bind variables (recorded by handle alone), as that fact shows it.
     */
    String atomText(int i, List<AtomSite> sites) {
        AtomSite site = sites.get(atomSites[i]);
        return atomKeys[i] == null ? site.render(lookups[atomSites[i]].fact(atomHandles[i])) : site.render(atomKeys[i]);
    }

    void recordAtom(int site, Value[] key, int handle) {
        if (atomCount == atomRules.length) {
            int n = Math.max(4, atomCount * 2);
            atomRules = Arrays.copyOf(atomRules, n);
            atomSites = Arrays.copyOf(atomSites, n);
            atomHandles = Arrays.copyOf(atomHandles, n);
            atomKeys = Arrays.copyOf(atomKeys, n);
        }
        atomRules[atomCount] = rule;
        atomSites[atomCount] = site;
        atomHandles[atomCount] = handle;
        atomKeys[atomCount] = key;
        atomCount++;
    }

    /** Records that the rule at hand read {@code value} for history term {@code site}. */
    void recordHistory(int site, Object value) {
        if (historyCount == historyRules.length) {
            int n = Math.max(4, historyCount * 2);
            historyRules = Arrays.copyOf(historyRules, n);
            historySites = Arrays.copyOf(historySites, n);
            historyValues = Arrays.copyOf(historyValues, n);
        }
        historyRules[historyCount] = rule;
        historySites[historyCount] = site;
        historyValues[historyCount] = value;
        historyCount++;
    }

    /**
     * Charges a {@code matches} test on a text of {@code characters} chars to the decision's
     * budget before it runs: the matcher reads the text in one linear pass.
     */
    void regexRead(int characters) {
        regexSteps += characters;
        if (regexSteps > regexBudget) {
            throw new EvaluationFailure(
                    ReasonCode.BUDGET_EXCEEDED, "matches tests read more than " + regexBudget + " characters");
        }
    }

    /** Charges one fact read to bind a condition's variables. */
    void bindingRead() {
        if (++bindings > MAX_BINDINGS) {
            throw new EvaluationFailure(
                    ReasonCode.BUDGET_EXCEEDED,
                    "conditions read more than " + MAX_BINDINGS + " facts to bind variables");
        }
    }
}
