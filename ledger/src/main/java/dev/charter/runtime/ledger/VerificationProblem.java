package dev.charter.runtime.ledger;

/**
 * The first thing wrong with a ledger.
 *
 * @param seq    the sequence number of the bad record; for a damaged frame, of the record that
 *               was expected there; for a checkpoint, its tree size (the seq of the record after it)
 * @param where  the segment file and byte offset, when the problem is in a file
 * @param reason what is wrong, for people
 */
public record VerificationProblem(long seq, String where, String reason) {

    @Override
    public String toString() {
        return "seq " + seq + (where.isEmpty() ? "" : " (" + where + ")") + ": " + reason;
    }
}
