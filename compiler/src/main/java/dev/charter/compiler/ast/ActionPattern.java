package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;
import java.util.List;

/**
 * The actions a decision rule applies to: one action or wildcard, or a list of them in braces.
 */
public sealed interface ActionPattern extends Node permits ActionPattern.ActionList, ActionPattern.Single {

    /** One action name or wildcard (what a list is made of). */
    sealed interface Single extends ActionPattern permits ActionName, ActionWildcard {}

    /** {@code { a, b.c, crm.* }}. */
    record ActionList(SourceSpan span, List<Single> items) implements ActionPattern {
        public ActionList {
            items = List.copyOf(items);
        }
    }

    /** {@code initiate_payment}, {@code crm.delete_contact}, {@code "write:refund"}. */
    record ActionName(SourceSpan span, Name name) implements Single {}

    /**
     * Every action whose name starts with {@code prefix}: {@code *} has prefix {@code ""},
     * {@code crm.*} has {@code "crm."}, {@code crm.delete_*} has {@code "crm.delete_"}, the quoted
     * {@code "delete:*"} has {@code "delete:"}.
     */
    record ActionWildcard(SourceSpan span, String prefix) implements Single {

        /** Whether this is {@code *}, matching every action. */
        public boolean matchesEveryAction() {
            return prefix.isEmpty();
        }
    }
}
