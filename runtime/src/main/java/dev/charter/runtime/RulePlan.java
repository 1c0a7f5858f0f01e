package dev.charter.runtime;

import dev.charter.runtime.ir.DecisionRule;

/**
 * A decision rule with its compiled condition; {@code index} is its declaration order,
 * {@code canFail} whether evaluating the condition can fail ({@link Fallibility}).
 */
record RulePlan(int index, DecisionRule rule, Node condition, boolean canFail) {}
