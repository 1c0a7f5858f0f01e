package dev.charter.runtime;

import java.util.Arrays;

/**
 * The history aggregates one decision's conditions read, in evaluation order, for its trace and
 * explanation: which rule read which history term ({@link DecisionPlan#historySites}) and the value
 * it got. Created by the first read, so a decision that reads no history allocates nothing for it.
 */
final class HistoryReads {

    int count;
    int[] rules = new int[4];
    int[] sites = new int[4];
    Object[] values = new Object[4];

    void add(int rule, int site, Object value) {
        if (count == rules.length) {
            rules = Arrays.copyOf(rules, count * 2);
            sites = Arrays.copyOf(sites, count * 2);
            values = Arrays.copyOf(values, count * 2);
        }
        rules[count] = rule;
        sites[count] = site;
        values[count] = value;
        count++;
    }
}
