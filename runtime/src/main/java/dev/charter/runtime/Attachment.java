package dev.charter.runtime;

import dev.charter.runtime.datalog.Database;
import dev.charter.runtime.datalog.Lookup;

/**
 * A fact snapshot attached to an engine: its materialised database and the prepared look-up of
 * every atom site, or, when it could not be attached, why (every decision then fails closed).
 */
record Attachment(Database database, Lookup[] lookups, String snapshotDigest, ReasonCode failure, String problem) {

    static Attachment failed(String snapshotDigest, ReasonCode failure, String problem) {
        return new Attachment(null, null, snapshotDigest, failure, problem);
    }

    boolean usable() {
        return failure == null;
    }
}
